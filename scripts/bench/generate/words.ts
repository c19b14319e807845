// Word lists the synthetic atlas composes its names from: per diaspora, the Russian adjective, the English one,
// phrases in the national language and proper names (Russian Cyrillic, Latin transliteration, national script),
// so that search meets the same mix of scripts, transliterations and inflections as in the real data.

/** A proper name as it is written in Russian, in Latin transliteration and in the national script. */
export type ProperName = readonly [ru: string, latin: string, national: string];

export type DiasporaWords = {
  /** Russian adjective stem; the ending follows the noun's gender (Армянск + ий/ое/ая). */
  ruStem: string;
  /** "ый" for stems like Русскоязычн, else "ий". */
  ruSoft: boolean;
  en: string;
  /** Content locale of the national-language translation (null: Russian is the national language). */
  locale: string | null;
  /** Organization names in the national language; the proper name is appended in quotes. */
  orgPhrases: readonly string[];
  /** Event nouns in the national language ("festivalı"), preceded by the proper name. */
  eventNouns: readonly string[];
  proper: readonly ProperName[];
  /** Where the organizations of this diaspora are most often, before the general spread. */
  homes: readonly string[];
};

export const DIASPORA_WORDS: Record<string, DiasporaWords> = {
  azerbaijani: {
    ruStem: "Азербайджанск", ruSoft: false, en: "Azerbaijani", locale: "az",
    orgPhrases: ["Azərbaycan Mədəniyyət Mərkəzi", "Azərbaycan İcması", "Azərbaycanlıların Birliyi", "Azərbaycan Gənclər Təşkilatı"],
    eventNouns: ["festivalı", "konfransı", "forumu", "günləri"],
    proper: [["Одлар Юрду", "Odlar Yurdu", "Odlar Yurdu"], ["Вятян", "Vatan", "Vətən"], ["Оджаг", "Ojag", "Ocaq"],
      ["Гобустан", "Gobustan", "Qobustan"], ["Хазар", "Khazar", "Xəzər"], ["Новруз", "Novruz", "Novruz"],
      ["Гарабах", "Garabagh", "Qarabağ"], ["Шуша", "Shusha", "Şuşa"], ["Достлуг", "Dostlug", "Dostluq"], ["Чинар", "Chinar", "Çinar"]],
    homes: ["RU", "TR", "GE", "UA", "KZ", "DE", "US"],
  },
  armenian: {
    ruStem: "Армянск", ruSoft: false, en: "Armenian", locale: "hy",
    orgPhrases: ["Հայկական մշակութային կենտրոն", "Հայ համայնք", "Հայկական միություն", "Հայ երիտասարդների միություն"],
    eventNouns: ["փառատոն", "համաժողով", "օրեր"],
    proper: [["Арарат", "Ararat", "Արարատ"], ["Масис", "Masis", "Մասիս"], ["Айастан", "Hayastan", "Հայաստան"], ["Ани", "Ani", "Անի"],
      ["Арцах", "Artsakh", "Արցախ"], ["Севан", "Sevan", "Սևան"], ["Ахтамар", "Akhtamar", "Աղթամար"], ["Наири", "Nairi", "Նաիրի"]],
    homes: ["RU", "US", "FR", "GE", "UA", "LB", "AR"],
  },
  georgian: {
    ruStem: "Грузинск", ruSoft: false, en: "Georgian", locale: "ka",
    orgPhrases: ["ქართული სათვისტომო", "ქართული კულტურის ცენტრი", "ქართველთა საზოგადოება", "ქართული დიასპორის კავშირი"],
    eventNouns: ["ფესტივალი", "კონფერენცია", "დღეები"],
    proper: [["Иверия", "Iveria", "ივერია"], ["Мзиури", "Mziuri", "მზიური"], ["Сакартвело", "Sakartvelo", "საქართველო"],
      ["Алаверди", "Alaverdi", "ალავერდი"], ["Руставели", "Rustaveli", "რუსთაველი"], ["Мцхета", "Mtskheta", "მცხეთა"], ["Колхида", "Kolkhida", "კოლხეთი"]],
    homes: ["RU", "GR", "UA", "US", "DE", "IT", "ES"],
  },
  kazakh: {
    ruStem: "Казахск", ruSoft: false, en: "Kazakh", locale: "kk",
    orgPhrases: ["Қазақ мәдени орталығы", "Қазақ диаспорасы қауымдастығы", "Қазақтар қоғамы", "Қазақ жастар одағы"],
    eventNouns: ["фестивалі", "конференциясы", "күндері"],
    proper: [["Астана", "Astana", "Астана"], ["Алатау", "Alatau", "Алатау"], ["Байтерек", "Baiterek", "Бәйтерек"],
      ["Жетысу", "Zhetysu", "Жетісу"], ["Мерей", "Merei", "Мерей"], ["Отан", "Otan", "Отан"], ["Абай", "Abai", "Абай"]],
    homes: ["RU", "UZ", "CN", "MN", "TR", "DE", "US"],
  },
  uzbek: {
    ruStem: "Узбекск", ruSoft: false, en: "Uzbek", locale: "uz",
    orgPhrases: ["O‘zbek madaniyat markazi", "O‘zbeklar jamiyati", "O‘zbek diasporasi uyushmasi", "O‘zbek yoshlari ittifoqi"],
    eventNouns: ["festivali", "konferensiyasi", "kunlari"],
    proper: [["Самарканд", "Samarkand", "Samarqand"], ["Бухара", "Bukhara", "Buxoro"], ["Навруз", "Navruz", "Navro‘z"],
      ["Туран", "Turan", "Turon"], ["Дустлик", "Dustlik", "Do‘stlik"], ["Ватан", "Vatan", "Vatan"], ["Хорезм", "Khorezm", "Xorazm"]],
    homes: ["RU", "KZ", "KG", "TJ", "TR", "US", "KR"],
  },
  belarusian: {
    ruStem: "Белорусск", ruSoft: false, en: "Belarusian", locale: "be",
    orgPhrases: ["Беларуская суполка", "Таварыства беларускай культуры", "Згуртаванне беларусаў", "Беларускі культурны цэнтр"],
    eventNouns: ["фэст", "канферэнцыя", "дні"],
    proper: [["Криница", "Krynitsa", "Крыніца"], ["Купалье", "Kupalle", "Купалле"], ["Сябры", "Siabry", "Сябры"],
      ["Радзима", "Radzima", "Радзіма"], ["Свитанак", "Svitanak", "Світанак"], ["Полоцк", "Polatsk", "Полацк"]],
    homes: ["RU", "PL", "LT", "UA", "LV", "DE", "US"],
  },
  ukrainian: {
    ruStem: "Украинск", ruSoft: false, en: "Ukrainian", locale: "uk",
    orgPhrases: ["Українське товариство", "Українська громада", "Союз українців", "Український культурний центр"],
    eventNouns: ["фестиваль", "конференція", "дні"],
    proper: [["Просвита", "Prosvita", "Просвіта"], ["Берегиня", "Berehynia", "Берегиня"], ["Калина", "Kalyna", "Калина"],
      ["Червона рута", "Chervona Ruta", "Червона рута"], ["Днепр", "Dnipro", "Дніпро"], ["Веснянка", "Vesnianka", "Веснянка"], ["Кобзарь", "Kobzar", "Кобзар"]],
    homes: ["PL", "DE", "CA", "US", "RU", "CZ", "IT"],
  },
  russian: {
    ruStem: "Русск", ruSoft: false, en: "Russian", locale: null,
    orgPhrases: [], eventNouns: [],
    proper: [["Берёзка", "Beryozka", "Берёзка"], ["Радуга", "Raduga", "Радуга"], ["Истоки", "Istoki", "Истоки"],
      ["Соотечественник", "Sootechestvennik", "Соотечественник"], ["Русь", "Rus", "Русь"], ["Лад", "Lad", "Лад"], ["Родник", "Rodnik", "Родник"]],
    homes: ["DE", "US", "IL", "KZ", "LV", "EE", "FI"],
  },
  "russian-speaking": {
    ruStem: "Русскоязычн", ruSoft: true, en: "Russian-speaking", locale: null,
    orgPhrases: [], eventNouns: [],
    proper: [["Диалог", "Dialog", "Диалог"], ["Мост", "Most", "Мост"], ["Содружество", "Sodruzhestvo", "Содружество"],
      ["Наш дом", "Nash Dom", "Наш дом"], ["Горизонт", "Gorizont", "Горизонт"], ["Открытый мир", "Otkrytyi Mir", "Открытый мир"]],
    homes: ["IL", "DE", "US", "CY", "ES", "TH", "AE"],
  },
  circassian: {
    ruStem: "Черкесск", ruSoft: false, en: "Circassian", locale: "ady",
    orgPhrases: ["Адыгэ Хасэ", "Адыгэ лъэпкъ зэхэщэ", "Черкес хасэ"],
    eventNouns: ["фестиваль", "зэхахьэ", "мафэхэр"],
    proper: [["Нарт", "Nart", "Нарт"], ["Кавказ", "Kavkaz", "Кавказ"], ["Эльбрус", "Elbrus", "Ӏуащхьэмахуэ"],
      ["Черкесия", "Cherkessia", "Адыгэ Хэку"], ["Майкоп", "Maykop", "Мыекъуапэ"]],
    homes: ["TR", "JO", "SY", "RU", "DE", "US", "IL"],
  },
  moldovan: {
    ruStem: "Молдавск", ruSoft: false, en: "Moldovan", locale: "ro",
    orgPhrases: ["Centrul Cultural Moldovenesc", "Comunitatea Moldovenilor", "Asociația Moldovenilor", "Uniunea Tinerilor Moldoveni"],
    eventNouns: ["festivalul", "conferința", "zilele"],
    proper: [["Мэрцишор", "Martisor", "Mărțișor"], ["Дойна", "Doina", "Doina"], ["Плай", "Plai", "Plai"],
      ["Кодры", "Codrii", "Codrii"], ["Басарабия", "Basarabia", "Basarabia"], ["Ласточка", "Randunica", "Rândunica"]],
    homes: ["IT", "RO", "RU", "ES", "PT", "FR", "GB"],
  },
  turkmen: {
    ruStem: "Туркменск", ruSoft: false, en: "Turkmen", locale: "tk",
    orgPhrases: ["Türkmen medeniýet merkezi", "Türkmenleriň jemgyýeti", "Türkmen ýaşlar birleşigi"],
    eventNouns: ["festiwaly", "maslahaty", "günleri"],
    proper: [["Ашхабад", "Ashgabat", "Aşgabat"], ["Ахалтеке", "Akhalteke", "Ahalteke"], ["Махтумкули", "Magtymguly", "Magtymguly"],
      ["Галкыныш", "Galkynysh", "Galkynyş"], ["Туран", "Turan", "Turan"]],
    homes: ["TR", "RU", "IR", "AF", "UZ", "US", "DE"],
  },
  tajik: {
    ruStem: "Таджикск", ruSoft: false, en: "Tajik", locale: "tg",
    orgPhrases: ["Маркази фарҳангии тоҷикон", "Ҷамъияти тоҷикон", "Иттиҳоди ҷавонони тоҷик"],
    eventNouns: ["ҷашнвора", "конфронс", "рӯзҳо"],
    proper: [["Сомон", "Somon", "Сомон"], ["Памир", "Pamir", "Помир"], ["Навруз", "Navruz", "Наврӯз"],
      ["Ватан", "Vatan", "Ватан"], ["Рудаки", "Rudaki", "Рӯдакӣ"]],
    homes: ["RU", "UZ", "KZ", "AF", "US", "DE", "TR"],
  },
  kyrgyz: {
    ruStem: "Киргизск", ruSoft: false, en: "Kyrgyz", locale: "ky",
    orgPhrases: ["Кыргыз маданий борбору", "Кыргыздар коому", "Кыргыз жаштар бирлиги"],
    eventNouns: ["фестивалы", "конференциясы", "күндөрү"],
    proper: [["Манас", "Manas", "Манас"], ["Ала-Тоо", "Ala-Too", "Ала-Тоо"], ["Иссык-Куль", "Issyk-Kul", "Ысык-Көл"],
      ["Мекен", "Meken", "Мекен"], ["Тулпар", "Tulpar", "Тулпар"]],
    homes: ["RU", "KZ", "TR", "KR", "US", "DE", "AE"],
  },
  bashkir: {
    ruStem: "Башкирск", ruSoft: false, en: "Bashkir", locale: "ba",
    orgPhrases: ["Башҡорт мәҙәни үҙәге", "Башҡорттар йәмғиәте", "Башҡорт ҡоролтайы"],
    eventNouns: ["фестивале", "конференцияһы", "көндәре"],
    proper: [["Урал", "Ural", "Урал"], ["Агидель", "Agidel", "Ағиҙел"], ["Курай", "Kurai", "Ҡурай"],
      ["Салават", "Salavat", "Салауат"], ["Юрюзань", "Yuryuzan", "Йүрүҙән"]],
    homes: ["RU", "KZ", "UZ", "DE", "US", "TR", "FI"],
  },
  tatar: {
    ruStem: "Татарск", ruSoft: false, en: "Tatar", locale: "tt",
    orgPhrases: ["Татар мәдәни үзәге", "Татар иҗтимагый оешмасы", "Татарлар берлеге", "Татар яшьләре берлеге"],
    eventNouns: ["фестивале", "конференциясе", "көннәре"],
    proper: [["Сабантуй", "Sabantuy", "Сабантуй"], ["Туган тел", "Tugan Tel", "Туган тел"], ["Идель", "Idel", "Идел"],
      ["Тукай", "Tukai", "Тукай"], ["Казань", "Kazan", "Казан"]],
    homes: ["RU", "KZ", "UZ", "TR", "FI", "DE", "US"],
  },
};

export type Gender = "m" | "n" | "f";

/** Russian and English heads of organization names, with the grammatical gender the adjective agrees with. */
export const ORG_NOUNS: readonly { ru: string; gender: Gender; en: string; type: string }[] = [
  { ru: "культурный центр", gender: "m", en: "Cultural Centre", type: "CULTURAL_SOCIETY" },
  { ru: "общество", gender: "n", en: "Society", type: "CULTURAL_SOCIETY" },
  { ru: "община", gender: "f", en: "Community", type: "CULTURAL_SOCIETY" },
  { ru: "национально-культурная автономия", gender: "f", en: "National Cultural Autonomy", type: "NATIONAL_CULTURAL_AUTONOMY" },
  { ru: "конгресс", gender: "m", en: "Congress", type: "FEDERATION" },
  { ru: "союз", gender: "m", en: "Union", type: "FEDERATION" },
  { ru: "молодёжный союз", gender: "m", en: "Youth Union", type: "YOUTH" },
  { ru: "студенческое землячество", gender: "n", en: "Student Association", type: "STUDENT" },
  { ru: "научное общество", gender: "n", en: "Academic Society", type: "ACADEMIC" },
  { ru: "медицинская ассоциация", gender: "f", en: "Medical Association", type: "PROFESSIONAL" },
  { ru: "деловой совет", gender: "m", en: "Business Council", type: "BUSINESS" },
  { ru: "клуб выпускников", gender: "m", en: "Alumni Club", type: "ALUMNI" },
  { ru: "информационное агентство", gender: "n", en: "News Agency", type: "MEDIA" },
  { ru: "благотворительный фонд", gender: "m", en: "Charitable Foundation", type: "CHARITY" },
  { ru: "воскресная школа", gender: "f", en: "Sunday School", type: "EDUCATIONAL" },
  { ru: "религиозная община", gender: "f", en: "Religious Community", type: "RELIGIOUS" },
  { ru: "координационный совет соотечественников", gender: "m", en: "Compatriots' Coordination Council", type: "COMPATRIOT_COUNCIL" },
  { ru: "дом", gender: "m", en: "House", type: "CULTURAL_SOCIETY" },
  { ru: "музей", gender: "m", en: "Museum", type: "MUSEUM" },
  { ru: "землячество", gender: "n", en: "Fellowship", type: "OTHER" },
];

/** Russian and English heads of event titles per event type. */
export const EVENT_NOUNS: Record<string, { ru: string; en: string }> = {
  FESTIVAL: { ru: "Фестиваль", en: "Festival" },
  CONFERENCE: { ru: "Конференция", en: "Conference" },
  FORUM: { ru: "Форум", en: "Forum" },
  EXHIBITION: { ru: "Выставка", en: "Exhibition" },
  CONCERT: { ru: "Концерт", en: "Concert" },
  COMMEMORATION: { ru: "Вечер памяти", en: "Commemoration" },
  CULTURAL_DAYS: { ru: "Дни", en: "Days" },
  THEMED_YEAR: { ru: "Год", en: "Year" },
  SCHOOL: { ru: "Летняя школа", en: "Summer School" },
  LECTURE: { ru: "Лекция", en: "Lecture" },
  COMPETITION: { ru: "Конкурс", en: "Competition" },
  MEETING: { ru: "Встреча", en: "Meeting" },
  ONLINE_PROJECT: { ru: "Онлайн-проект", en: "Online Project" },
  OTHER: { ru: "Праздник", en: "Celebration" },
};

/** Activities for descriptions, Russian and English side by side. */
export const ACTIVITIES: readonly (readonly [string, string])[] = [
  ["культурные", "cultural"], ["образовательные", "educational"], ["молодёжные", "youth"],
  ["благотворительные", "charitable"], ["спортивные", "sports"], ["научные", "academic"],
  ["деловые", "business"], ["музыкальные", "music"], ["литературные", "literary"], ["кулинарные", "culinary"],
];

/**
 * Host countries, most frequent first (the generator draws them with a falling weight): the former Soviet
 * states, Europe, the Americas, the Middle East and Asia, then the rest — 120 in all.
 */
export const HOST_COUNTRIES: readonly string[] = `
  RU KZ DE US UA TR IL UZ BY GE AZ AM FR GB PL CZ IT ES CA LV LT EE KG TJ TM MD CN FI GR CY
  AT CH NL BE SE NO DK IE PT RO BG HU SK SI HR RS ME BA MK AL AE SA QA KW BH OM JO LB SY IQ IR
  AF MN KR JP IN TH VN MY SG ID PH AU NZ AR BR CL MX CO PE VE UY PY BO EC CU ZA EG MA TN DZ
  NG KE ET GH TZ LU MT IS LI MC SM AD PK BD LK NP KH LA MM BN TW HK MO UG ZM ZW AO MZ NA BW SN CI
`.trim().split(/\s+/);

/** Russian names of the cities the gazetteer is likely to yield; any other city keeps its own name. */
export const CITY_RU: Record<string, string> = {
  Moscow: "Москва", "Saint Petersburg": "Санкт-Петербург", Novosibirsk: "Новосибирск", Yekaterinburg: "Екатеринбург",
  Kazan: "Казань", Almaty: "Алматы", Astana: "Астана", Shymkent: "Шымкент", Berlin: "Берлин", Hamburg: "Гамбург",
  Munich: "Мюнхен", Cologne: "Кёльн", "New York City": "Нью-Йорк", "Los Angeles": "Лос-Анджелес", Chicago: "Чикаго",
  Houston: "Хьюстон", Kyiv: "Киев", Kharkiv: "Харьков", Odesa: "Одесса", Istanbul: "Стамбул", Ankara: "Анкара",
  Izmir: "Измир", Jerusalem: "Иерусалим", "Tel Aviv": "Тель-Авив", Haifa: "Хайфа", Tashkent: "Ташкент",
  Samarkand: "Самарканд", Minsk: "Минск", Tbilisi: "Тбилиси", Batumi: "Батуми", Baku: "Баку", Yerevan: "Ереван",
  Gyumri: "Гюмри", Paris: "Париж", Marseille: "Марсель", Lyon: "Лион", London: "Лондон", Birmingham: "Бирмингем",
  Warsaw: "Варшава", Kraków: "Краков", Prague: "Прага", Brno: "Брно", Rome: "Рим", Milan: "Милан", Naples: "Неаполь",
  Madrid: "Мадрид", Barcelona: "Барселона", Valencia: "Валенсия", Toronto: "Торонто", Montreal: "Монреаль",
  Riga: "Рига", Vilnius: "Вильнюс", Tallinn: "Таллин", Bishkek: "Бишкек", Osh: "Ош", Dushanbe: "Душанбе",
  Ashgabat: "Ашхабад", Chisinau: "Кишинёв", Beijing: "Пекин", Shanghai: "Шанхай", Helsinki: "Хельсинки",
  Athens: "Афины", Thessaloniki: "Салоники", Nicosia: "Никосия", Limassol: "Лимассол", Vienna: "Вена",
  Zürich: "Цюрих", Geneva: "Женева", Amsterdam: "Амстердам", Brussels: "Брюссель", Stockholm: "Стокгольм",
  Oslo: "Осло", Copenhagen: "Копенгаген", Dublin: "Дублин", Lisbon: "Лиссабон", Bucharest: "Бухарест",
  Sofia: "София", Budapest: "Будапешт", Belgrade: "Белград", Dubai: "Дубай", "Abu Dhabi": "Абу-Даби",
  Tehran: "Тегеран", Seoul: "Сеул", Tokyo: "Токио", Bangkok: "Бангкок", Sydney: "Сидней", Melbourne: "Мельбурн",
  "Buenos Aires": "Буэнос-Айрес", "São Paulo": "Сан-Паулу", "Mexico City": "Мехико", Amman: "Амман",
  Damascus: "Дамаск", Beirut: "Бейрут", Ulaanbaatar: "Улан-Батор", Kabul: "Кабул", Cairo: "Каир",
};
