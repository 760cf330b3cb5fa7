#!/usr/bin/env python3
"""Writes the LibreOffice corpus handouts as flat ODT (.fodt), the XML Writer itself saves:
Writer's own styles (Title, Heading 1 and 2, a footnote, header and footer with page numbers),
Writer list styles (the named "Numbering 123", and automatic ones numbering "1)" and bullets),
tables, bold words. `libreoffice.sh` runs this, then LibreOffice converts each handout.

Each handout is a list of blocks:
  ("title", text)            the Title paragraph style
  ("h1" | "h2", text)        text:h with outline level 1 or 2 (Heading 1, Heading 2)
  ("p", text)                a paragraph; **bold**, [^note text^] a footnote
  ("bullets", [item, ...])   a bulleted list; an item may be (text, [subitems])
  ("numbered", style, [q])   a numbered list in list style `style` ("Numbering_20_123": "1.",
                             "L_paren": "1)"); ("numbered", style, [q], "continue") continues
                             the list before it
  ("table", [[cell, ...], ...])  the first row is the table's heading row
"""
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta><dc:language>{lang}</dc:language></office:meta>
 <office:font-face-decls>
  <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/>
  <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:text-properties style:font-name="Liberation Serif" fo:font-size="12pt" fo:language="{lang}" fo:country="{country}"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
  <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
   <style:paragraph-properties fo:margin-bottom="0.247cm" fo:line-height="115%"/>
  </style:style>
  <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text">
   <style:paragraph-properties fo:margin-top="0.423cm" fo:margin-bottom="0.212cm" fo:keep-with-next="always"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="14pt"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:class="chapter">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties fo:font-size="28pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text">
   <style:text-properties fo:font-size="18pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text">
   <style:text-properties fo:font-size="16pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="List" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="list"/>
  <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>
  <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:text-properties fo:font-size="10pt"/>
  </style:style>
  <style:style style:name="Header_20_and_20_Footer" style:display-name="Header and Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>
  <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Header_20_and_20_Footer" style:class="extra"/>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Header_20_and_20_Footer" style:class="extra">
   <style:paragraph-properties fo:text-align="center"/>
  </style:style>
  <style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis" style:family="text">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <text:list-style style:name="Numbering_20_123" style:display-name="Numbering 123">
   <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/>
    </style:list-level-properties>
   </text:list-level-style-number>
   <text:list-level-style-number text:level="2" style:num-suffix="." style:num-format="1">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.635cm" fo:margin-left="1.905cm"/>
    </style:list-level-properties>
   </text:list-level-style-number>
  </text:list-style>
  <text:list-style style:name="List_20_1" style:display-name="List 1">
   <text:list-level-style-bullet text:level="1" text:bullet-char="•">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.4cm" fo:margin-left="0.4cm"/>
    </style:list-level-properties>
   </text:list-level-style-bullet>
   <text:list-level-style-bullet text:level="2" text:bullet-char="◦">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.4cm" fo:margin-left="0.8cm"/>
    </style:list-level-properties>
   </text:list-level-style-bullet>
  </text:list-style>
  <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="P_list" style:family="paragraph" style:parent-style-name="List"/>
  <style:style style:name="T_bold" style:family="text">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Tbl" style:family="table">
   <style:table-properties style:width="16cm" table:align="margins"/>
  </style:style>
  <style:style style:name="Tbl.A1" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/>
  </style:style>
  <text:list-style style:name="L_paren">
   <text:list-level-style-number text:level="1" style:num-suffix=")" style:num-format="1">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/>
    </style:list-level-properties>
   </text:list-level-style-number>
  </text:list-style>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header><text:p text:style-name="Header">{header}</text:p></style:header>
   <style:footer><text:p text:style-name="Footer">{footer_before}<text:page-number text:select-page="current">1</text:page-number>{footer_after}</text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body>
  <office:text>
"""

TAIL = """  </office:text>
 </office:body>
</office:document>
"""


class Writer:
    def __init__(self):
        self.notes = 0
        self.lists = 0

    def inline(self, text):
        """**bold** and [^footnote^] marks as Writer's spans and notes."""
        out = []
        for part in re.split(r"(\*\*.+?\*\*|\[\^.+?\^\])", text):
            if part.startswith("**"):
                out.append(f'<text:span text:style-name="T_bold">{escape(part[2:-2])}</text:span>')
            elif part.startswith("[^"):
                self.notes += 1
                n = self.notes
                out.append(
                    f'<text:note text:id="ftn{n}" text:note-class="footnote">'
                    f"<text:note-citation>{n}</text:note-citation><text:note-body>"
                    f'<text:p text:style-name="Footnote">{escape(part[2:-2])}</text:p>'
                    "</text:note-body></text:note>"
                )
            else:
                out.append(escape(part))
        return "".join(out)

    def list_items(self, items, style_attr):
        out = [f"<text:list{style_attr}>"]
        for item in items:
            text, sub = (item, None) if isinstance(item, str) else item
            out.append(f'<text:list-item><text:p text:style-name="P_list">{self.inline(text)}</text:p>')
            if sub:
                out.append(self.list_items(sub, ""))
            out.append("</text:list-item>")
        out.append("</text:list>")
        return "".join(out)

    def block(self, block):
        kind = block[0]
        if kind == "title":
            return f'<text:p text:style-name="Title">{self.inline(block[1])}</text:p>'
        if kind in ("h1", "h2"):
            level = kind[1]
            return (
                f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">'
                f"{self.inline(block[1])}</text:h>"
            )
        if kind == "p":
            return f'<text:p text:style-name="Text_20_body">{self.inline(block[1])}</text:p>'
        if kind == "bullets":
            self.lists += 1
            return self.list_items(block[1], f' xml:id="list{self.lists}" text:style-name="List_20_1"')
        if kind == "numbered":
            self.lists += 1
            attrs = f' xml:id="list{self.lists}" text:style-name="{block[1]}"'
            if len(block) > 3 and block[3] == "continue":
                attrs += f' text:continue-list="list{self.lists - 1}"'
            return self.list_items(block[2], attrs)
        if kind == "table":
            rows = block[1]
            cols = len(rows[0])
            out = ['<table:table table:name="Table1" table:style-name="Tbl">',
                   f'<table:table-column table:number-columns-repeated="{cols}"/>']
            for i, row in enumerate(rows):
                if i == 0:
                    out.append("<table:table-header-rows>")
                out.append("<table:table-row>")
                for cell in row:
                    style = "Table_20_Heading" if i == 0 else "Table_20_Contents"
                    out.append(
                        '<table:table-cell table:style-name="Tbl.A1" office:value-type="string">'
                        f'<text:p text:style-name="{style}">{self.inline(cell)}</text:p></table:table-cell>'
                    )
                out.append("</table:table-row>")
                if i == 0:
                    out.append("</table:table-header-rows>")
            out.append("</table:table>")
            return "".join(out)
        raise ValueError(kind)


def fodt(handout):
    writer = Writer()
    head = HEAD.format(
        lang=handout["lang"],
        country=handout["country"],
        header=escape(handout["header"]),
        footer_before=escape(handout["footer"][0]),
        footer_after=escape(handout["footer"][1]),
    )
    body = "\n".join("   " + writer.block(b) for b in handout["blocks"])
    return head + body + "\n" + TAIL


sys.path.insert(0, str(Path(__file__).parent))
from texts import HANDOUTS  # noqa: E402

if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
    for name, handout in HANDOUTS.items():
        (out / f"{name}.fodt").write_text(fodt(handout), encoding="utf-8")
        print(f"{name}.fodt")
