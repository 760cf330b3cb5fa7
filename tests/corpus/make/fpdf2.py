#!/usr/bin/env python3
"""Makes the fpdf2 documents of Lectern's corpus (tests/corpus/fpdf-*.pdf).

Each is a handout a teacher's script might set with fpdf2: A5 pages, justified paragraphs (in
two columns, fpdf2's text_columns, for two of them: the English one's run on from page to page,
the Kazakh one's balanced), a running head with the school on the
left and the subject on the right, a footer with the page number, a footnote mark raised
after a word and the footnote at the foot of the first page above the footer, headings in
bold, and the questions at the end numbered with a hanging indent ("1." in a cell of its
own). The words are in fpdf2/texts.py. All three embed DejaVu TTF fonts
(fonts-dejavu-core), so the Russian and Kazakh letters are there. Run from anywhere:

    pip install fpdf2          # 2.8.9 made the files checked in
    python3 tests/corpus/make/fpdf2.py

The .expect files beside them are written by hand, from what the PDF shows.
"""

import datetime
import os
import sys

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(HERE, "fpdf2"))
import texts  # noqa: E402

FONTS = "/usr/share/fonts/truetype/dejavu"


class Handout(FPDF):
    def __init__(self, text):
        super().__init__(format="A5")
        self.text = text
        self.set_margins(14, 18, 14)
        # Room at the foot for the footnote and the footer.
        self.set_auto_page_break(True, margin=30)
        self.add_font("Serif", "", os.path.join(FONTS, "DejaVuSerif.ttf"))
        self.add_font("Serif", "B", os.path.join(FONTS, "DejaVuSerif-Bold.ttf"))
        self.add_font("Serif", "I", os.path.join(FONTS, "DejaVuSerif-Italic.ttf"))
        self.add_font("Sans", "", os.path.join(FONTS, "DejaVuSans.ttf"))
        self.add_font("Sans", "B", os.path.join(FONTS, "DejaVuSans-Bold.ttf"))
        self.add_font("Sans", "I", os.path.join(FONTS, "DejaVuSans-Oblique.ttf"))
        self.set_title(text["title"])
        self.set_author(text["author"])
        self.set_creation_date(datetime.datetime(2025, 3, 3, tzinfo=datetime.timezone.utc))

    def header(self):
        self.set_font("Sans", "", 7.5)
        self.set_text_color(90)
        self.set_y(9)
        self.cell(0, 4, self.text["school"], align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, self.text["subject"], align="R")
        self.line(self.l_margin, 14, self.w - self.r_margin, 14)
        self.set_text_color(0)
        self.set_y(18)

    def footer(self):
        if self.page_no() == 1:
            # The footnote, under a short rule, above the footer.
            self.set_y(-27)
            self.line(self.l_margin, self.get_y(), self.l_margin + 30, self.get_y())
            self.set_y(-26)
            self.set_font(self.text["font"], "", 7)
            self.multi_cell(0, 3.2, "1 " + self.text["footnote"], align="L")
        self.set_y(-12)
        self.set_font("Sans", "", 7.5)
        self.cell(0, 4, self.text["page"].format(n=self.page_no(), of="{nb}"), align="C")


def paragraph_with_mark(par, pdf, text):
    """Writes `text`, a footnote mark "1" raised where it has "^1"."""
    before, _, after = text.partition("^1")
    par.write(before)
    if after or text.endswith("^1"):
        pdf.char_vpos = "SUP"
        par.write("1")
        pdf.char_vpos = "LINE"
        par.write(after)


def make(name, text):
    pdf = Handout(text)
    font = text["font"]
    pdf.add_page()
    pdf.set_font(font, "B", 17)
    pdf.multi_cell(0, 8, text["title"], align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(font, "I", 9)
    pdf.multi_cell(0, 5, text["byline"], align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    size = text["size"]
    cols = pdf.text_columns(
        ncols=text["columns"],
        balance=text.get("balance", False),
        gutter=6,
        text_align="J",
        line_height=1.25,
    )
    with cols:
        for kind, words in text["body"]:
            if kind == "h":
                pdf.set_font(font, "B", size + 1.5)
                with cols.paragraph(text_align="L", top_margin=2.5, bottom_margin=1) as par:
                    par.write(words)
            else:
                pdf.set_font(font, "", size)
                with cols.paragraph(bottom_margin=1.6) as par:
                    paragraph_with_mark(par, pdf, words)
    # The questions across the page, under the columns.
    pdf.ln(3)
    for heading, items in text["tasks"]:
        pdf.set_font(font, "B", size + 2.5)
        pdf.multi_cell(0, 7, heading, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(font, "", size)
        for number, item in enumerate(items, 1):
            label = f"{number}." if len(items) > 1 else ""
            pdf.cell(7 if label else 0, size * 0.5, label)
            if label:
                pdf.multi_cell(0, size * 0.5, item, align="J", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_x(pdf.l_margin)
                pdf.multi_cell(0, size * 0.5, item, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
    out = os.path.join(CORPUS, name)
    pdf.output(out)
    print(out, pdf.page_no(), "pages")


for name, text in texts.HANDOUTS.items():
    make(name, text)
