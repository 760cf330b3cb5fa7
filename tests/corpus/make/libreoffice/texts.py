"""The handouts' words: what a teacher would type into Writer. See handouts.py for the blocks."""

HANDOUTS = {
    "lo-water-cycle": {
        "lang": "en", "country": "GB",
        "header": "Riverside Secondary School — Geography, Year 8",
        "footer": ("Page ", " of the handout"),
        "blocks": [
            ("title", "The Journey of a Raindrop"),
            ("p", "Every glass of water you drink has travelled for millions of years. The same "
                  "water moves again and again between the sea, the sky and the land, and "
                  "scientists call this endless movement the **water cycle**."),
            ("p", "It begins with **evaporation**: the Sun warms the surface of the sea, and "
                  "water rises into the air as invisible vapour.[^Adapted from a school "
                  "atlas, 2019 edition.^] High above the ground the vapour cools and becomes "
                  "tiny droplets, which gather into clouds."),
            ("h2", "What moves the water"),
            ("bullets", [
                ("Energy from the Sun", ["heat that lifts water from seas and lakes",
                                         "winds that carry the clouds inland"]),
                ("Gravity", ["rain and snow falling back to the ground",
                             "rivers running down to the sea"]),
            ]),
            ("table", [
                ["Stage", "What happens"],
                ["Evaporation", "Water turns into vapour and rises."],
                ["Condensation", "Vapour cools and forms clouds."],
                ["Precipitation", "Rain, snow or hail falls to the ground."],
            ]),
            ("p", "When the droplets grow too heavy, they fall as **precipitation**. Some of the "
                  "water soaks into the soil, some runs into rivers, and some is taken up by "
                  "plants, which breathe it out again through their leaves."),
            ("h1", "Discussion questions"),
            ("numbered", "Numbering_20_123", [
                "Why does the water cycle never stop?",
                "Which stage of the cycle can you see from your classroom window?",
                "How do plants take part in the water cycle?",
                "What might happen to the water cycle if the Earth became warmer?",
            ]),
        ],
    },
    "lo-printing-press": {
        "lang": "en", "country": "US",
        "header": "Lincoln Middle School · English Language Arts",
        "footer": ("", ""),
        "blocks": [
            ("title", "How the Printing Press Changed Reading"),
            ("p", "Before the middle of the fifteenth century, every book in Europe was copied "
                  "by hand. A single Bible could take a scribe more than a year, and only "
                  "monasteries, universities and the very rich owned books at all."),
            ("p", "Around 1450, **Johannes Gutenberg**, a goldsmith from Mainz, combined "
                  "metal letters that could be moved and reused with a press adapted from "
                  "winemaking.[^Historians still debate which parts of the method were his own "
                  "invention.^] A workshop could now print hundreds of identical pages in a day."),
            ("p", "Within fifty years, presses were working in more than two hundred European "
                  "towns. Books became cheaper, more people learned to read, and new ideas "
                  "spread faster than any ruler could stop them."),
            ("table", [
                ["Year", "Event"],
                ["1455", "The Gutenberg Bible is printed."],
                ["1476", "William Caxton sets up the first press in England."],
            ]),
            ("h1", "Questions"),
            ("numbered", "L_paren", [
                "What was the main problem with books copied by hand?",
                "Which two older technologies did Gutenberg combine?",
            ]),
            ("p", "Think about the last question before you answer it in a full paragraph."),
            ("numbered", "L_paren", [
                "Why do you think rulers wanted to control printing?",
            ], "continue"),
        ],
    },
    "lo-baikal": {
        "lang": "ru", "country": "RU",
        "header": "МБОУ «Гимназия № 5» — География, 7 класс",
        "footer": ("Страница ", ""),
        "blocks": [
            ("title", "Байкал — жемчужина Сибири"),
            ("p", "Байкал — самое глубокое озеро на планете: его глубина достигает 1642 метров. "
                  "В нём хранится около **двадцати процентов** всей пресной воды Земли, "
                  "не считая ледников."),
            ("p", "Озеру около двадцати пяти миллионов лет.[^По данным Лимнологического "
                  "института СО РАН.^] За это время в нём появились животные и растения, "
                  "которых больше нигде нет, например байкальская нерпа и рыба голомянка."),
            ("h2", "Чем богат Байкал"),
            ("bullets", [
                ("Животные", ["байкальская нерпа", "омуль и голомянка"]),
                ("Растения", ["водоросли на дне", "леса по берегам"]),
            ]),
            ("table", [
                ["Показатель", "Значение"],
                ["Наибольшая глубина", "1642 метра"],
                ["Длина", "636 километров"],
            ]),
            ("p", "Сегодня озеро охраняет государство, а с 1996 года Байкал входит в список "
                  "**Всемирного наследия** ЮНЕСКО."),
            ("h1", "Вопросы для обсуждения"),
            ("numbered", "Numbering_20_123", [
                "Почему Байкал называют жемчужиной Сибири?",
                "Каких животных можно встретить только на Байкале?",
                "Как люди могут помочь сохранить чистоту озера?",
            ]),
        ],
    },
    "lo-abai": {
        "lang": "kk", "country": "KZ",
        "header": "№ 42 мектеп-гимназия — Қазақ әдебиеті, 9-сынып",
        "footer": ("", "-бет"),
        "blocks": [
            ("title", "Абай Құнанбайұлы"),
            ("p", "Абай Құнанбайұлы 1845 жылы Шыңғыстау баурайында дүниеге келген. Ол — "
                  "қазақтың **ұлы ақыны**, ағартушысы және жазба әдебиетінің негізін "
                  "салушы."),
            ("p", "Жас Абай медреседе оқып, араб, парсы және орыс тілдерін үйренді.[^Абайдың "
                  "өмірбаяны бойынша мектеп оқулығынан алынды.^] Ол Пушкин мен Лермонтовтың "
                  "өлеңдерін қазақ тіліне аударды."),
            ("h2", "Абайдың мұрасы"),
            ("bullets", [
                ("Өлеңдері", ["«Қыс»", "«Күз»"]),
                ("Қара сөздері", ["қырық бес қара сөз", "адамгершілік туралы ойлар"]),
            ]),
            ("table", [
                ["Жыл", "Оқиға"],
                ["1845", "Абай дүниеге келді."],
                ["1904", "Абай қайтыс болды."],
            ]),
            ("p", "Абайдың **қара сөздері** бүгінгі оқырманға да ой салады."),
            ("h1", "Талқылау сұрақтары"),
            ("numbered", "L_paren", [
                "Абай қай жылы және қай жерде дүниеге келді?",
                "Абай қандай тілдерді үйренді?",
                "Қара сөздердің қайсысы сізге ұнады және неге?",
            ]),
        ],
    },
}
