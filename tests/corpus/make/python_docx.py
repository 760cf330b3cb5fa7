#!/usr/bin/env python3
"""Makes the python-docx documents of Lectern's corpus (tests/corpus/pd_*.docx).

Each is a small handout in a shape Word's own templates produce: questions numbered through a
paragraph style ("List Number"), styles based on it, numbering parts written by hand where
python-docx has no API for them (level text, lettered levels, restarts, numStyleLink), a header
and footer, a comment. Run from anywhere:

    pip install python-docx     # 1.2.0 made the files checked in
    python3 tests/corpus/make/python_docx.py

The .expect files beside them are written by hand, from what Word shows.
"""

import os

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)


def new_doc(title, paragraphs):
    doc = docx.Document()
    doc.add_heading(title, 0)
    for text in paragraphs:
        doc.add_paragraph(text)
    return doc


def numbering(doc):
    return doc.part.numbering_part.element


def add_abstract(doc, abstract_id, levels, links=""):
    """An abstractNum before the first w:num, where the schema wants it."""
    element = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="hybridMultilevel"/>{links}{levels}</w:abstractNum>'
    )
    first_num = numbering(doc).find(qn("w:num"))
    first_num.addprevious(element)


def level(ilvl, fmt, text, start=1, indent=None):
    indent = indent if indent is not None else 360 * (ilvl + 1)
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{indent}" w:hanging="360"/></w:pPr></w:lvl>'
    )


def add_num(doc, num_id, abstract_id, overrides=""):
    numbering(doc).append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}">'
            f'<w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'
        )
    )


def numbered(doc, text, num_id, ilvl=0, style=None):
    """A paragraph numbered by its own w:numPr, as Word writes a list made with the button."""
    p = doc.add_paragraph(text, style=style or "List Paragraph")
    p_pr = p._p.get_or_add_pPr()
    p_pr.append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/>'
            f'<w:numId w:val="{num_id}"/></w:numPr>'
        )
    )
    return p


def restart_of(doc, num_id, abstract_of_num):
    """A new w:num over the same abstractNum, starting again at 1: Word's "Restart at 1"."""
    add_num(
        doc,
        num_id,
        abstract_of_num,
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>',
    )


def save(doc, name):
    doc.core_properties.author = "Corpus"
    doc.save(os.path.join(CORPUS, name))


# The "List Number" style of python-docx's template (as Word's Normal.dotm) is numId 5, over
# abstractNum 7; "List Number 2" is numId 6.
LIST_NUMBER_NUM, LIST_NUMBER_ABSTRACT = 5, 7


def list_number():
    doc = new_doc(
        "The Aral Sea",
        [
            "In 1960 the Aral Sea was the fourth largest lake in the world.",
            "Two rivers fed it: the Amu Darya and the Syr Darya. When their water went to the "
            "cotton fields, the sea began to shrink and the fishing towns emptied.",
            "In 2005 the Kok-Aral dam was finished, and the northern part of the sea began "
            "to rise again.",
        ],
    )
    doc.add_heading("Discussion questions", 1)
    for q in [
        "What happened to the Aral Sea after 1960?",
        "Explain why the fishing towns emptied.",
        "Describe one change the Kok-Aral dam made.",
        "Which solution in the text seems most realistic to you, and why?",
    ]:
        doc.add_paragraph(q, style="List Number")
    doc.add_paragraph("Bring your answers to Thursday's lesson.")
    save(doc, "pd_list_number.docx")


def list_number_2():
    doc = new_doc(
        "Wind Over the Steppe",
        [
            "Kazakhstan's north is windy all year. Engineers chose three places for the "
            "first wind farms:",
        ],
    )
    for place in ["Ereymentau", "Fort-Shevchenko", "the Shokpar pass"]:
        doc.add_paragraph(place, style="List Bullet")
    doc.add_paragraph(
        "The Ereymentau farm opened in 2015 and now lights tens of thousands of homes."
    )
    doc.add_heading("Questions", 1)
    doc.add_paragraph(
        "What does the writer say about the wind in the north?", style="List Number"
    )
    doc.add_paragraph("Name the first town with a wind farm.", style="List Number 2")
    doc.add_paragraph("Give the year it opened.", style="List Number 2")
    doc.add_paragraph("Why might a village prefer solar panels?", style="List Number")
    doc.add_paragraph("Which place would you choose for a new farm?", style="List Number")
    save(doc, "pd_list_number_2.docx")


def based_on_chain():
    doc = new_doc(
        "Salt and the Silk Road",
        [
            "Caravans carried salt as well as silk. In some towns a block of salt bought "
            "as much as a sheep.",
            "Merchants from Otrar and Taraz grew rich on the trade.",
        ],
    )
    question = doc.styles.add_style("Reading Question", WD_STYLE_TYPE.PARAGRAPH)
    question.base_style = doc.styles["List Number"]
    long_question = doc.styles.add_style("Reading Question Long", WD_STYLE_TYPE.PARAGRAPH)
    long_question.base_style = question
    long_question.font.italic = True
    doc.add_heading("Questions", 1)
    doc.add_paragraph("Why was salt so valuable?", style="Reading Question")
    doc.add_paragraph("Name two towns that grew rich on the trade.", style="Reading Question")
    doc.add_paragraph(
        "Imagine you are a merchant in Otrar. Describe a day at the market.",
        style="Reading Question Long",
    )
    doc.add_paragraph("What do we trade in the same way today?", style="Reading Question")
    save(doc, "pd_based_on_chain.docx")


def question_label():
    doc = new_doc(
        "The Snow Leopard",
        [
            "The snow leopard lives high in the Tien Shan and the Altai, above the tree line.",
            "Its long tail keeps it warm and helps it balance on the rocks.",
        ],
    )
    add_abstract(doc, 30, level(0, "decimal", "Question %1:", indent=0))
    add_num(doc, 30, 30)
    doc.add_heading("Comprehension", 1)
    for q in [
        "Where does the snow leopard live?",
        "How does its tail help it?",
        "Explain why it is hard to count snow leopards.",
    ]:
        numbered(doc, q, 30, style="Normal")
    save(doc, "pd_question_label.docx")


def lettered():
    doc = new_doc(
        "Baikonur",
        [
            "Baikonur is the oldest space launch site in the world. Yuri Gagarin flew "
            "from here in 1961.",
            "The town around it was built in the steppe, far from any city.",
        ],
    )
    add_abstract(
        doc, 31, level(0, "decimal", "%1.") + level(1, "lowerLetter", "%2)")
    )
    add_num(doc, 31, 31)
    doc.add_heading("Questions", 1)
    numbered(doc, "Answer about the site:", 31)
    numbered(doc, "When did Gagarin fly?", 31, 1)
    numbered(doc, "Why was it built far from cities?", 31, 1)
    numbered(doc, "What is special about Baikonur?", 31)
    numbered(doc, "Compare Baikonur with another place you know:", 31)
    numbered(doc, "its size;", 31, 1)
    numbered(doc, "its history;", 31, 1)
    numbered(doc, "its future.", 31, 1)
    save(doc, "pd_lettered.docx")


def essay_restart():
    doc = new_doc(
        "Horses of the Steppe",
        [
            "For the nomads a horse was transport, food and wealth at once.",
            "Children learned to ride before they could walk far.",
        ],
    )
    doc.add_heading("Questions", 1)
    for q in [
        "Name three things a horse gave the nomads.",
        "When did children learn to ride?",
        "Why could a family not live without horses?",
    ]:
        doc.add_paragraph(q, style="List Number")
    doc.add_heading("Essay", 1)
    restart_of(doc, 40, LIST_NUMBER_ABSTRACT)
    numbered(
        doc,
        "Write about an animal that matters to your family (150–200 words).",
        40,
        style="List Number",
    )
    numbered(
        doc,
        "Should horse games such as kokpar be taught at school? Give reasons.",
        40,
        style="List Number",
    )
    save(doc, "pd_essay_restart.docx")


def continued():
    doc = new_doc(
        "The Charyn Canyon",
        [
            "The Charyn canyon is 154 kilometres long. Its red walls were cut by the "
            "Charyn river over millions of years.",
            "The Valley of Castles is its best-known part.",
        ],
    )
    doc.add_heading("Questions", 1)
    doc.add_paragraph("How long is the canyon?", style="List Number")
    doc.add_paragraph("What cut its walls?", style="List Number")
    doc.add_paragraph("Look at the photograph on page 2 before you answer these:")
    doc.add_paragraph("Why is it called the Valley of Castles?", style="List Number")
    doc.add_paragraph("Describe the colours in the photograph.", style="List Number")
    save(doc, "pd_continued.docx")


def num_style_link():
    doc = new_doc(
        "Apples of Almaty",
        [
            "The name Almaty is often said to come from the word for apple.",
            "Wild apple trees still grow in the hills above the city, and scientists "
            "think the apples we eat came from them.",
        ],
    )
    # A list style, as Word makes one ("Define new list style"): the style names the list,
    # and the list the paragraphs use only points at the style.
    styles = doc.styles.element
    styles.append(
        parse_xml(
            f'<w:style {nsdecls("w")} w:type="numbering" w:customStyle="1" '
            f'w:styleId="HandoutQuestions"><w:name w:val="Handout Questions"/>'
            f'<w:pPr><w:numPr><w:numId w:val="50"/></w:numPr></w:pPr></w:style>'
        )
    )
    add_abstract(
        doc,
        50,
        level(0, "decimal", "%1.") + level(1, "lowerRoman", "(%2)"),
        '<w:styleLink w:val="HandoutQuestions"/>',
    )
    add_abstract(doc, 51, "", '<w:numStyleLink w:val="HandoutQuestions"/>')
    add_num(doc, 50, 50)
    add_num(doc, 51, 51)
    doc.add_heading("Questions", 1)
    numbered(doc, "Where does the city's name come from?", 51)
    numbered(doc, "What grows in the hills?", 51)
    numbered(doc, "Who thinks so?", 51, 1)
    numbered(doc, "Why does it matter?", 51, 1)
    numbered(doc, "Would you protect the wild trees? Explain.", 51)
    save(doc, "pd_num_style_link.docx")


def field(run_parent, instruction):
    """A field (PAGE, NUMPAGES) as Word writes it: begin, instruction, separate, result, end."""
    for xml in [
        '<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r %s><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>',
        '<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>',
        '<w:r %s><w:t>1</w:t></w:r>',
        '<w:r %s><w:fldChar w:fldCharType="end"/></w:r>',
    ]:
        run_parent._p.append(parse_xml(xml % nsdecls("w")))


def header_footer():
    doc = new_doc(
        "Trees in the City",
        [
            "A street with trees can be several degrees cooler than one without.",
            "Almaty planted poplars along its streets in the 1930s, and many still stand.",
        ],
    )
    section = doc.sections[0]
    head = section.header.paragraphs[0]
    head.text = "Grade 9 English · Unit 4 · Ms Abenova\t\tPage "
    field(head, "PAGE")
    foot = section.footer.paragraphs[0]
    foot.text = "School No. 12 handout — Page "
    field(foot, "PAGE")
    foot.add_run(" of ")
    field(foot, "NUMPAGES")
    article = doc.paragraphs[2]
    doc.add_comment(article.runs, text="Check this date with the class", author="Ms Abenova")
    doc.add_heading("Questions", 1)
    for q in [
        "How much cooler can a street with trees be?",
        "When were the poplars planted?",
        "Suggest one place in your town that needs trees.",
    ]:
        doc.add_paragraph(q, style="List Number")
    save(doc, "pd_header_footer.docx")


def russian():
    doc = new_doc(
        "Озеро Балхаш",
        [
            "Балхаш — одно из самых больших озёр Казахстана. Его западная часть пресная, "
            "а восточная — солёная.",
            "Главная река, питающая озеро, — Или. Она начинается в Китае.",
        ],
    )
    doc.add_heading("Вопросы", 1)
    for q in [
        "Чем западная часть озера отличается от восточной?",
        "Какая река питает Балхаш?",
        "Объясните, почему уровень воды в озере может снижаться.",
    ]:
        doc.add_paragraph(q, style="List Number")
    doc.add_heading("Эссе", 1)
    restart_of(doc, 60, LIST_NUMBER_ABSTRACT)
    numbered(
        doc,
        "Напишите эссе о том, как люди могут сохранить Балхаш.",
        60,
        style="List Number",
    )
    save(doc, "pd_russian.docx")


def kazakh():
    doc = new_doc(
        "Көксу өзенінің бойында",
        [
            "Көксу өзені Жетісу өңірінде ағады. Жазда өзен суы мөлдір болып, күн сәулесінде "
            "гауһардай жарқырайды.",
            "Өзен бойындағы ауылдарда балықшылар мен бағбандар тұрады. Олар үшін су — "
            "өмірдің негізі.",
        ],
    )
    doc.add_heading("Сұрақтар", 1)
    for q in [
        "Көксу өзені қай өңірде ағады?",
        "Автор өзен суын неге гауһарға теңейді?",
        "Ауыл тұрғындары үшін өзеннің маңызын түсіндіріңіз.",
        "Сіздің ауылыңызда немесе қалаңызда қандай өзен бар?",
    ]:
        doc.add_paragraph(q, style="List Number")
    doc.add_heading("Эссе", 1)
    restart_of(doc, 70, LIST_NUMBER_ABSTRACT)
    numbered(
        doc,
        "Өзендерді қорғау — бәріміздің міндетіміз. Осы тақырыпта эссе жазыңыз.",
        70,
        style="List Number",
    )
    save(doc, "pd_kazakh.docx")


if __name__ == "__main__":
    list_number()
    list_number_2()
    based_on_chain()
    question_label()
    lettered()
    essay_restart()
    continued()
    num_style_link()
    header_footer()
    russian()
    kazakh()
