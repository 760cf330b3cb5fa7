"""The words of the fpdf2 handouts (tests/corpus/make/fpdf2.py). "^1" marks where the footnote's
number is raised."""

HANDOUTS = {
    "fpdf-caspian-seal.pdf": {
        "font": "Serif",
        "size": 9,
        "columns": 2,
        "school": "Riverside International School",
        "subject": "Biology · Year 9 · Reading 7",
        "page": "Page {n} of {of}",
        "title": "The Caspian Seal",
        "author": "A. Seitkali",
        "byline": "Prepared by Ms A. Seitkali for the unit on endangered animals",
        "footnote": "Another idea is that they came from the south, from the Mediterranean, "
        "when the seas were still joined.",
        "body": [
            ("p", "The Caspian Sea is the largest lake on Earth, and it is home to only one "
             "kind of seal. The Caspian seal is small: an adult is about 1.3 metres long and "
             "weighs around 70 kilograms, less than half the weight of most seals in the "
             "Arctic. Nobody knows for certain how its ancestors reached a sea with no link to "
             "any ocean, but scientists think they swam up rivers from the north when the ice "
             "sheets melted, many thousands of years ago.^1"),
            ("p", "For most of the year the seals live in the open water of the middle and "
             "southern Caspian, where they hunt small fish such as sprats and gobies. In "
             "winter they travel north, to the shallow part of the sea near the Kazakh and "
             "Russian coasts, which freezes every year. There, on the ice, the females give "
             "birth to their pups in late January and early February."),
            ("h", "A life on the ice"),
            ("p", "A newborn pup has thick white fur and cannot swim. For about a month it "
             "stays on the ice while its mother feeds it with rich milk, and it grows quickly. "
             "By the time the ice melts in March, the pup has lost its white coat and can look "
             "after itself. Without ice, the pups have nowhere safe to be born."),
            ("p", "Warmer winters are therefore a serious danger. In some recent years the "
             "northern ice has formed late, has been thin, or has covered only a small area. "
             "When this happens, many pups die in storms, or the females crowd together on "
             "the ice that is left, where diseases spread easily."),
            ("h", "Counting the seals"),
            ("p", "A hundred years ago more than a million seals lived in the Caspian. Today "
             "there are perhaps a quarter as many. To count them, researchers fly over the ice "
             "in small aircraft at the end of winter and photograph the breeding areas. Each "
             "white pup on the photographs is counted, and the number of adults is worked out "
             "from the number of pups."),
            ("p", "Hunting was the main reason for the decline in the twentieth century. Now "
             "the seals also drown in fishing nets set for sturgeon, many of them illegal, and "
             "they are harmed by oil spills and by waste from the towns along the rivers."),
            ("h", "What is being done"),
            ("p", "In 2008 the International Union for Conservation of Nature listed the "
             "Caspian seal as endangered. Kazakhstan has banned the hunting of seals, and "
             "rangers now patrol the northern coast in winter to remove illegal nets. "
             "Scientists from several countries share their counts, because the seals cross "
             "borders freely and can only be protected if every country around the sea takes "
             "part."),
        ],
        "tasks": [
            ("Questions", [
                "Why is it surprising that seals live in the Caspian Sea?",
                "Why do Caspian seals need ice in winter?",
                "How do scientists count the seals?",
                "Which of the dangers described in the text do you think is the most serious? "
                "Explain your answer.",
            ]),
        ],
    },
    "fpdf-saiga.pdf": {
        "font": "Serif",
        "size": 10,
        "columns": 1,
        "school": "Гимназия № 12, г. Астана",
        "subject": "Биология, 7 класс",
        "page": "Страница {n} из {of}",
        "title": "Сайгаки возвращаются",
        "author": "Е. В. Ким",
        "byline": "Материал к уроку «Животные степи»",
        "footnote": "Небольшие стада живут также в России, Узбекистане и Монголии.",
        "body": [
            ("p", "Сайгак — небольшая степная антилопа с необычным носом, похожим на короткий "
             "хобот. Такой нос согревает холодный воздух зимой, а летом задерживает пыль, "
             "которую поднимают стада. Когда-то сайгаки жили от Карпат до Монголии, а сегодня "
             "большая часть всех сайгаков мира обитает в Казахстане.^1"),
            ("p", "В конце XX века численность сайгаков резко сократилась. Браконьеры "
             "охотились на самцов ради рогов, которые продавали в страны Восточной Азии для "
             "изготовления лекарств. К 2003 году в Казахстане осталось около 21 тысячи "
             "животных — в десятки раз меньше, чем за тридцать лет до этого."),
            ("h", "Беда 2015 года"),
            ("p", "Весной 2015 года случилось несчастье: за несколько недель в Бетпакдале "
             "погибло больше 200 тысяч сайгаков. Учёные выяснили, что животных убила "
             "бактерия, которая обычно не причиняет им вреда. Опасной она стала из-за "
             "необычно тёплой и влажной погоды."),
            ("h", "Возвращение"),
            ("p", "Благодаря запрету охоты и работе инспекторов, которые задерживают "
             "браконьеров, стада восстановились. В 2023 году авиаучёт показал почти два "
             "миллиона сайгаков. Теперь их так много, что в некоторых районах они поедают "
             "траву на пастбищах и посевы, и фермеры просят ограничить их численность."),
        ],
        "tasks": [
            ("Вопросы", [
                "Зачем сайгаку такой необычный нос?",
                "Почему численность сайгаков сократилась в конце XX века?",
                "Что стало причиной гибели сайгаков в 2015 году?",
            ]),
            ("Эссе", [
                "Напишите эссе (200–250 слов): как людям и сайгакам ужиться в одной степи?",
            ]),
        ],
    },
    "fpdf-dombyra.pdf": {
        "font": "Sans",
        "size": 8.5,
        "columns": 2,
        "balance": True,
        "school": "№ 7 мектеп-гимназия",
        "subject": "Музыка, 5-сынып",
        "page": "— {n} —",
        "title": "Домбыра — екі ішекті аспап",
        "author": "Ж. Б. Сәрсенова",
        "byline": "Сабаққа арналған мәтін",
        "footnote": "Батыс өңірлердегі домбыраның мойны ұзын, ал шығыстағы домбыраның "
        "мойны қысқарақ болады.",
        "body": [
            ("p", "Домбыра — қазақ халқының ең танымал музыкалық аспабы. Оның екі ішегі бар, "
             "ал шанағы мен мойны бір ағаштан немесе бірнеше бөліктен жасалады. Домбыраны "
             "көбіне қарағай, арша немесе үйеңкі ағашынан жасайды.^1"),
            ("p", "Ертеде ішектерді қойдың ішегінен иірген. Бүгін көптеген домбырашылар балық "
             "аулайтын жіптен жасалған ішектерді пайдаланады, өйткені олар берік әрі арзан."),
            ("h", "Күй мен жыр"),
            ("p", "Домбырамен күй тартады және жыр айтады. Күй — сөзсіз аспаптық шығарма, ол "
             "белгілі бір оқиға немесе сезім туралы «әңгімелейді». Құрманғазы, Дәулеткерей, "
             "Тәттімбет сияқты күйшілердің шығармалары бүгін де орындалады."),
            ("p", "Жыршылар мен ақындар домбырамен ұзақ дастандарды жатқа айтқан. Айтыста екі "
             "ақын домбыра ұстап, бір-біріне өлеңмен жауап береді."),
            ("h", "Домбыра бүгін"),
            ("p", "2018 жылдан бастап Қазақстанда шілде айының бірінші жексенбісінде Ұлттық "
             "домбыра күні атап өтіледі. Бұл күні шаһарлардың алаңдарында мыңдаған адам "
             "бірге күй тартады. Домбыра рок және эстрада музыкасында да жиі естіледі."),
        ],
        "tasks": [
            ("Сұрақтар", [
                "Домбыраны қандай ағаштан жасайды?",
                "Күйдің жырдан айырмашылығы неде?",
                "Айтыс дегеніміз не?",
                "Сіз қандай күйді білесіз? Ол не туралы?",
            ]),
            ("Эссе", [
                "«Домбыра менің өмірімде» деген тақырыпқа 150–200 сөзден тұратын эссе "
                "жазыңыз.",
            ]),
        ],
    },
}
