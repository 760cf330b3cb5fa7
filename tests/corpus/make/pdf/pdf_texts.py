"""The PDF handouts' words, as a teacher would type them. See handouts.py for the blocks:
("pj", text) is a justified paragraph, ("columns", [blocks]) a two-column section."""

SILK_ROAD = [
    ("pj", "For more than a thousand years, caravans of camels crossed the deserts and "
           "mountains of Central Asia. They carried silk from China to the markets of Persia "
           "and the Mediterranean, and they brought back silver, glass, horses and wool. "
           "Historians call this network of routes the **Silk Road**, although the merchants "
           "who travelled it never used that name."),
    ("pj", "No single trader walked the whole way. Goods passed from hand to hand, from one "
           "oasis town to the next, and every market added its own price. A bolt of silk that "
           "left a workshop in Chang'an might change owners ten times before it reached "
           "Antioch.[^The German geographer Ferdinand von Richthofen first used the name "
           "Seidenstraße in 1877.^] Cities such as Samarkand, Bukhara and Otrar grew rich by "
           "feeding travellers, storing their loads and lending them money."),
    ("pj", "Ideas travelled with the goods. Buddhist monks carried their scriptures east "
           "along the caravan routes, and paper making moved west after the battle of Talas "
           "in 751. Astronomers in Samarkand compared their tables with those of scholars in "
           "Baghdad, and musicians took new instruments home with them. Even illnesses "
           "spread along the roads, as the plague of the fourteenth century showed."),
    ("pj", "The journey was dangerous. Sandstorms buried whole caravans, bandits waited in "
           "the mountain passes, and a traveller who lost the way in the desert could die of "
           "thirst within two days. Caravanserais, walled inns built a day's ride apart, gave "
           "shelter to people and animals alike. Their ruins can still be seen across "
           "Kazakhstan, Uzbekistan and Iran."),
    ("pj", "When sailors learned to cross the Indian Ocean with the monsoon winds, ships "
           "could carry far more than camels, and the overland trade slowly declined. Today "
           "new railways and motorways follow many of the old routes, and people speak of "
           "a new Silk Road that links China with Europe once more."),
]

BEES = [
    ("pj", "A honeybee that has found a field of flowers cannot tell her sisters where it "
           "is with words. Instead she dances. On the dark wall of the hive she runs in a "
           "straight line while shaking her body, then turns and loops back to start again. "
           "The other bees crowd around her and follow every step."),
    ("pj", "The Austrian scientist Karl von Frisch spent many summers watching these dances "
           "through a glass hive.[^Von Frisch shared the Nobel Prize in Physiology or Medicine "
           "in 1973.^] He noticed that the angle of the straight run matched the direction of "
           "the flowers compared with the Sun. A run straight up the comb meant that the food "
           "lay towards the Sun; a run straight down meant that it lay the other way."),
    ("pj", "The length of the run told the distance. The longer the dancer shook, the "
           "further away the flowers were. Von Frisch tested this by moving a dish of sugar "
           "water a little further from the hive each day and timing the dances of the bees "
           "that visited it. Bees that had watched a dance flew straight to the dish, even "
           "when it was hidden behind a hill."),
    ("pj", "Not every scientist believed him at first. Some thought that the bees simply "
           "followed the smell of the flowers on the dancer's body. Careful experiments with "
           "robot bees in the 1990s finally settled the question: a machine that danced "
           "without any smell could still send bees to the right place."),
]

BALKHASH = [
    ("pj", "Озеро Балхаш лежит на востоке Казахстана, среди степей и полупустынь. Его длина "
           "превышает шестьсот километров, а ширина местами не достигает и четырёх. Узкий "
           "пролив Узынарал делит озеро на две части, и вода в них совсем разная."),
    ("pj", "Западная часть почти пресная, потому что в неё впадает река Или, которая "
           "приносит воду с гор Тянь-Шаня.[^По данным Института географии, 2020 год.^] "
           "Восточная часть солоноватая: рек там мало, а солнце испаряет много воды. Учёные "
           "считают, что такое озеро — редкость на нашей планете."),
    ("pj", "Вокруг Балхаша живут рыбаки, пастухи и рабочие медеплавильного завода. Летом "
           "на берег приезжают отдыхающие из Алматы и Караганды. Но в последние десятилетия "
           "озеро мелеет: воду реки Или забирают на поля и водохранилища, а жаркие годы "
           "случаются всё чаще."),
    ("pj", "Судьба озера зависит от людей. Если расходовать воду бережно и договариваться с "
           "соседними странами, Балхаш можно сохранить. Иначе его может ждать судьба "
           "Аральского моря, которое за полвека почти исчезло с карты."),
]

NAURYZ = [
    ("pj", "Наурыз — көктемнің ең үлкен мерекесі. Оны күн мен түн теңелетін күні, "
           "наурыздың жиырма екісінде тойлайды. Қазақтар бұл күнді жаңа жылдың басы деп "
           "санаған, сондықтан оны Ұлыстың ұлы күні деп те атайды."),
    ("pj", "Мереке күні әр үйде наурыз көже пісіріледі. Оған жеті түрлі дән мен тағам "
           "салынады: ет, су, тұз, май, ұн, тары және сүт.[^Кейбір өңірлерде күріш немесе "
           "бидай қосады.^] Жеті саны жеті күнді, береке мен молшылықты білдіреді деп "
           "есептеледі."),
    ("pj", "Наурызда адамдар бір-біріне қонаққа барып, құттықтайды, ренжіскендер "
           "татуласады. Үлкендер жастарға бата береді. Ауылдарда алтыбақан құрылып, "
           "жастар ән айтып, ойын ойнайды, ал алаңдарда көкпар мен күрес өтеді."),
    ("pj", "Бүгін Наурызды қалада да, ауылда да тойлайды. Мектептерде оқушылар ұлттық киім "
           "киіп, өлең оқиды, ал отбасылар дастарқан басында жиналады. Бұл мереке халықтың "
           "тарихы мен салт-дәстүрін ұрпақтан ұрпаққа жеткізеді."),
]

HANDOUTS = {
    "lo-pdf-silk-road": {
        "lang": "en", "country": "GB", "font": "Liberation Serif",
        "header": "Riverside Secondary School — History, Year 9",
        "footer": "page-of",
        "blocks": [
            ("title", "Caravans Across the Steppe"),
            ("columns", SILK_ROAD),
            ("h1", "Discussion questions"),
            ("numbered", "Numbering_20_123", [
                "Why did no single merchant travel the whole Silk Road?",
                "Which ideas and inventions travelled along the routes?",
                "What dangers did a caravan face, and how did caravanserais help?",
                "Why did the overland trade decline?",
            ]),
        ],
    },
    "lo-pdf-bees": {
        "lang": "en", "country": "GB", "font": "Liberation Serif",
        "header": "Riverside Secondary School — Biology, Year 7",
        "footer": "dashes",
        "blocks": [
            ("title", "The Dance of the Honeybee"),
        ] + BEES + [
            ("h1", "Discussion questions"),
            ("numbered", "Numbering_20_123", [
                "How does a honeybee tell other bees where the flowers are?",
                "What did the angle of the straight run show?",
                "How did von Frisch test the meaning of the run's length?",
                "Why were the robot bees important?",
            ]),
        ],
    },
    "lo-pdf-balkhash": {
        "lang": "ru", "country": "RU", "font": "DejaVu Serif",
        "header": "Школа-лицей № 12 — География, 8 класс",
        "footer": "page-of-ru",
        "blocks": [
            ("title", "Озеро двух цветов"),
            ("columns", BALKHASH),
            ("h1", "Вопросы для обсуждения"),
            ("numbered", "Numbering_20_123", [
                "Почему вода в двух частях Балхаша разная?",
                "Кто живёт на берегах озера?",
                "Почему озеро мелеет?",
                "Что могут сделать люди, чтобы сохранить Балхаш?",
            ]),
        ],
    },
    "lo-pdf-nauryz": {
        "lang": "kk", "country": "KZ", "font": "DejaVu Serif",
        "header": "№ 5 мектеп-гимназия — Қазақ әдебиеті, 6-сынып",
        "footer": "plain",
        "blocks": [
            ("title", "Ұлыстың ұлы күні"),
            ("columns", NAURYZ),
            ("h1", "Талқылау сұрақтары"),
            ("numbered", "Numbering_20_123", [
                "Наурыз қай күні тойланады?",
                "Наурыз көжеге не салынады?",
                "Мереке күні адамдар не істейді?",
                "Сіздің отбасыңыз Наурызды қалай тойлайды?",
            ]),
        ],
    },
}
