#!/usr/bin/env python3
"""Writes the PDF corpus handouts as flat ODT (.fodt) for LibreOffice to print as PDF, on the
LibreOffice handouts' styles (../libreoffice/handouts.py) with what a printed handout adds:
A5 pages, justified paragraphs with hyphenation, a two-column section, the page number in the
footer ("Page 2 of 3", "— 2 —", "Страница 2 из 3", "2") and the school in the header.
`pdf.sh` runs this, then `soffice --convert-to pdf`.

Blocks as in ../libreoffice/handouts.py, and:
  ("pj", text)           a justified, hyphenated paragraph
  ("columns", [block])   a two-column section (Writer's Format → Columns on a section)
"""
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).parent.parent / "libreoffice"))
import handouts as lo  # noqa: E402

STYLES = """  <style:style style:name="P_just" style:family="paragraph" style:parent-style-name="Text_20_body">
   <style:paragraph-properties fo:text-align="justify" fo:hyphenation-ladder-count="no-limit"/>
   <style:text-properties fo:hyphenate="true" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"/>
  </style:style>
  <style:style style:name="Sect2" style:family="section">
   <style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.6cm"/></style:section-properties>
  </style:style>
 </office:automatic-styles>"""

FOOTERS = {
    "page-of": 'Page <text:page-number text:select-page="current">1</text:page-number> of '
               "<text:page-count>1</text:page-count>",
    "page-of-ru": 'Страница <text:page-number text:select-page="current">1</text:page-number> из '
                  "<text:page-count>1</text:page-count>",
    "dashes": '— <text:page-number text:select-page="current">1</text:page-number> —',
    "plain": '<text:page-number text:select-page="current">1</text:page-number>',
}


class Writer(lo.Writer):
    def block(self, block):
        if block[0] == "pj":
            return f'<text:p text:style-name="P_just">{self.inline(block[1])}</text:p>'
        if block[0] == "columns":
            inner = "".join(self.block(b) for b in block[1])
            return f'<text:section text:style-name="Sect2" text:name="Columns">{inner}</text:section>'
        return super().block(block)


def fodt(handout):
    head = lo.HEAD.format(
        lang=handout["lang"], country=handout["country"],
        header=escape(handout["header"]), footer_before="", footer_after="",
    )
    footer = head[head.index("<style:footer>"):head.index("</style:footer>")]
    head = head.replace(footer, f'<style:footer><text:p text:style-name="Footer">{FOOTERS[handout["footer"]]}</text:p>')
    head = head.replace(" </office:automatic-styles>", STYLES, 1)
    # A5 and its margins, as a handout printed two to a sheet.
    head = head.replace('fo:page-width="21.001cm" fo:page-height="29.7cm" fo:margin-top="2cm" '
                        'fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"',
                        'fo:page-width="14.8cm" fo:page-height="21cm" fo:margin-top="1.2cm" '
                        'fo:margin-bottom="1.2cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm"')
    head = head.replace("'Liberation Serif'", f"'{handout['font']}'").replace(
        'style:name="Liberation Serif"', f'style:name="{handout["font"]}"').replace(
        'style:font-name="Liberation Serif"', f'style:font-name="{handout["font"]}"')
    writer = Writer()
    body = "\n".join("   " + writer.block(b) for b in handout["blocks"])
    return head + body + "\n" + lo.TAIL


sys.path.insert(0, str(Path(__file__).parent))
from pdf_texts import HANDOUTS  # noqa: E402

if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
    for name, handout in HANDOUTS.items():
        (out / f"{name}.fodt").write_text(fodt(handout), encoding="utf-8")
        print(f"{name}.fodt")
