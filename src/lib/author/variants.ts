// Editorial table of the spellings articles use for places: current and older transliterations, Ukrainian and Russian, Soviet-era names.

/**
 * Spellings of one GeoNames town (keyed by geonameid). `en` replaces GeoNames' own English name when
 * that is an older transliteration ("Kupjansk", "Zaporizhia"); `alt` are the other Latin spellings and
 * former names an article may use; `uk` and `ru` the Cyrillic names.
 */
export interface TownVariants {
  en?: string;
  alt?: string[];
  uk?: string[];
  ru?: string[];
}

export const TOWN_VARIANTS: Readonly<Record<number, TownVariants>> = {
  703448: { alt: ['Kiev', 'Kyyiv'], uk: ['Київ'], ru: ['Киев'] },
  706483: { alt: ['Kharkov'], uk: ['Харків'], ru: ['Харьков'] },
  703656: {
    en: 'Kupiansk',
    alt: ['Kupyansk', 'Kupjansk', "Kup'yansk"],
    uk: ['Куп’янськ', "Куп'янськ", 'Купʼянськ'],
    ru: ['Купянск'],
  },
  707292: { en: 'Izium', alt: ['Izyum'], uk: ['Ізюм'], ru: ['Изюм'] },
  691999: {
    en: 'Sievierodonetsk',
    alt: ['Severodonetsk', 'Syeverodonetsk', "Syevyerodonets'k", 'Sjevjerodonetsk'],
    uk: ['Сєвєродонецьк'],
    ru: ['Северодонецк'],
  },
  702972: { en: 'Lysychansk', alt: ['Lisichansk'], uk: ['Лисичанськ'], ru: ['Лисичанск'] },
  687700: {
    en: 'Zaporizhzhia',
    alt: ['Zaporizhia', 'Zaporozhye', 'Zaporozhe', 'Zaporizhzhya', 'Zaporozhie'],
    uk: ['Запоріжжя'],
    ru: ['Запорожье'],
  },
  702658: { alt: ['Lugansk'], uk: ['Луганськ'], ru: ['Луганск'] },
  709717: { uk: ['Донецьк'], ru: ['Донецк'] },
  700569: { en: 'Mykolaiv', alt: ['Mykolayiv', 'Nikolaev', 'Nikolayev'], uk: ['Миколаїв'], ru: ['Николаев'] },
  698740: { en: 'Odesa', alt: ['Odessa'], uk: ['Одеса'], ru: ['Одесса'] },
  702550: { alt: ['Lvov', "L'viv"], uk: ['Львів'], ru: ['Львов'] },
  690548: { en: 'Uzhhorod', alt: ['Uzhgorod'], uk: ['Ужгород'], ru: ['Ужгород'] },
  692194: { uk: ['Суми'], ru: ['Сумы'] },
  706448: { uk: ['Херсон'], ru: ['Херсон'] },
  709930: { uk: ['Дніпро'], ru: ['Днепр'] },
  704422: {
    alt: ['Krasnoarmeisk', 'Krasnoarmeysk', 'Krasnoarmiisk', 'Krasnoarmiysk'],
    uk: ['Покровськ', 'Красноармійськ'],
    ru: ['Покровск', 'Красноармейск'],
  },
  710035: { alt: ['Dimitrov', 'Dmitrov', 'Dymytrov'], uk: ['Мирноград', 'Димитров'], ru: ['Мирноград', 'Димитров'] },
  713174: {
    alt: ['Artemivsk', 'Artyomovsk', 'Artemovsk'],
    uk: ['Бахмут', 'Артемівськ'],
    ru: ['Бахмут', 'Артёмовск', 'Артемовск'],
  },
  709354: { alt: ['Dzerzhynsk', 'Dzerzhinsk'], uk: ['Торецьк', 'Дзержинськ'], ru: ['Торецк', 'Дзержинск'] },
  713122: { en: 'Avdiivka', alt: ['Avdeyevka', 'Avdeevka', 'Avdiyivka'], uk: ['Авдіївка'], ru: ['Авдеевка'] },
  704508: { en: 'Kramatorsk', uk: ['Краматорськ'], ru: ['Краматорск'] },
  693468: { alt: ['Slovyansk', 'Slavyansk', "Slov'yansk"], uk: ['Слов’янськ', "Слов'янськ"], ru: ['Славянск'] },
  705104: { en: 'Kostiantynivka', alt: ['Konstantinovka', 'Kostyantynivka'], uk: ['Костянтинівка'], ru: ['Константиновка'] },
  707753: { alt: ['Gorlovka', 'Horlivka'], uk: ['Горлівка'], ru: ['Горловка'] },
  702320: { en: 'Makiivka', alt: ['Makeyevka', 'Makiyivka'], uk: ['Макіївка'], ru: ['Макеевка'] },
  688148: { en: 'Yenakiieve', alt: ['Yenakiyevo', 'Enakievo', 'Yenakiyeve'], uk: ['Єнакієве'], ru: ['Енакиево'] },
  701822: { alt: ['Mariupol'], uk: ['Маріуполь'], ru: ['Мариуполь'] },
  710915: { alt: ['Chasov Yar'], uk: ['Часів Яр'], ru: ['Часов Яр'] },
  703646: { en: 'Kurakhove', alt: ['Kurakhovo'], uk: ['Курахове'], ru: ['Курахово'] },
  694677: { alt: ['Selidovo'], uk: ['Селидове'], ru: ['Селидово'] },
  709900: { en: 'Dobropillia', alt: ['Dobropolye', 'Dobropillya'], uk: ['Добропілля'], ru: ['Доброполье'] },
  694403: { en: 'Siversk', alt: ['Seversk'], uk: ['Сіверськ'], ru: ['Северск'] },
  704204: { alt: ['Krasnyi Lyman', 'Krasny Liman'], uk: ['Лиман'], ru: ['Лиман', 'Красный Лиман'] },
  704138: { alt: ['Kremennaya'], uk: ['Кремінна'], ru: ['Кременная'] },
  695274: { alt: ['Rubezhnoye', 'Rubizhne'], uk: ['Рубіжне'], ru: ['Рубежное'] },
  689304: { en: 'Vovchansk', alt: ['Volchansk'], uk: ['Вовчанськ'], ru: ['Волчанск'] },
  710229: { en: 'Debaltseve', alt: ['Debaltsevo'], uk: ['Дебальцеве'], ru: ['Дебальцево'] },
  713716: { en: 'Alchevsk', alt: ['Alchevsk'], uk: ['Алчевськ'], ru: ['Алчевск'] },
  709276: { en: 'Enerhodar', alt: ['Energodar'], uk: ['Енергодар'], ru: ['Энергодар'] },
  701404: { uk: ['Мелітополь'], ru: ['Мелитополь'] },
  712451: { en: 'Berdiansk', alt: ['Berdyansk'], uk: ['Бердянськ'], ru: ['Бердянск'] },
  698428: { alt: ['Orekhov', 'Orikhiv'], uk: ['Оріхів'], ru: ['Орехов'] },
  707898: { en: 'Huliaipole', alt: ['Gulyaipole', 'Hulyaypole'], uk: ['Гуляйполе'], ru: ['Гуляйполе'] },
  699839: { alt: ['Novaya Kakhovka'], uk: ['Нова Каховка'], ru: ['Новая Каховка'] },
  703845: { alt: ['Krivoy Rog', 'Kryvyy Rih'], uk: ['Кривий Ріг'], ru: ['Кривой Рог'] },
  705812: { alt: ['Kirovohrad', 'Kirovograd'], uk: ['Кропивницький'], ru: ['Кропивницкий'] },
  710735: { alt: ['Chernigov'], uk: ['Чернігів'], ru: ['Чернигов'] },
  693805: { uk: ['Сімферополь'], ru: ['Симферополь'] },
  706524: { uk: ['Керч'], ru: ['Керчь'] },
  697889: { uk: ['Павлоград'], ru: ['Павлоград'] },
  712926: { en: 'Balakliia', alt: ['Balakleya', 'Balakliya'], uk: ['Балаклія'], ru: ['Балаклея'] },
  710374: { en: 'Chuhuiv', alt: ['Chuguyev', 'Chuhuyiv'], uk: ['Чугуїв'], ru: ['Чугуев'] },
  692118: { alt: ['Svatovo'], uk: ['Сватове'], ru: ['Сватово'] },
  696566: { uk: ['Попасна'], ru: ['Попасная'] },
  554840: { uk: ['Іжевськ'], ru: ['Ижевск'] },
};

/**
 * Spellings of a first-level region beyond its name in regions.geojson. `alt`: other Latin names of
 * the region's stem ("Lugansk"), used bare and before "region", "oblast" or "province"; `forms`:
 * whole names that mean the region on their own ("Donbas" is not one: it spans two). `capital`: the
 * geonameid of the city that shares the stem, so that "Donetsk" alone stays the oblast and "the city
 * of Donetsk" is the city. `bare: "city"` for Kyiv, whose bare name is the capital.
 */
export interface RegionVariants {
  alt?: string[];
  forms?: string[];
  capital?: number;
  bare?: 'region' | 'city';
}

export const REGION_VARIANTS: Readonly<Record<string, RegionVariants>> = {
  'RU-UD': { alt: ['Udmurt Republic'], forms: ['Удмуртская Республика', 'Удмуртия', 'Удмуртія'] },
  'UA-05': { alt: ['Vinnytsya', 'Vinnitsa'], forms: ['Вінниччина', 'Винницкая область'] },
  'UA-07': { alt: ['Volhynia', 'Volyn'], forms: ['Волинь', 'Волынская область'] },
  'UA-09': { alt: ['Lugansk'], forms: ['Луганщина', 'Луганская область'], capital: 702658 },
  'UA-12': { alt: ['Dnepropetrovsk'], forms: ['Дніпропетровщина', 'Днепропетровская область'] },
  'UA-14': { alt: [], forms: ['Донеччина', 'Донецкая область'], capital: 709717 },
  'UA-18': { alt: ['Zhitomir'], forms: ['Житомирщина', 'Житомирская область'] },
  'UA-21': { alt: ['Transcarpathia', 'Zakarpattya'], forms: ['Закарпаття', 'Закарпатская область'] },
  'UA-23': {
    alt: ['Zaporizhia', 'Zaporozhye', 'Zaporozhe', 'Zaporizhzhya'],
    forms: ['Запорожская область'],
    capital: 687700,
  },
  'UA-26': { alt: ['Ivano-Frankovsk'], forms: ['Прикарпаття', 'Ивано-Франковская область'] },
  'UA-30': { forms: ['Kyiv City', 'Kiev City', 'місто Київ'] },
  'UA-32': { alt: ['Kiev'], forms: ['Київщина', 'Киевская область'], capital: 703448, bare: 'city' },
  'UA-35': { alt: ['Kirovograd'], forms: ['Кіровоградщина', 'Кировоградская область'] },
  'UA-40': { forms: ['Sevastopol', 'Севастополь'] },
  'UA-43': { forms: ['Crimea', 'Crimean Peninsula', 'Autonomous Republic of Crimea', 'Крим', 'Крым'] },
  'UA-46': { alt: ['Lvov'], forms: ['Львівщина', 'Львовская область'], capital: 702550 },
  'UA-48': { alt: ['Mykolayiv', 'Nikolaev', 'Nikolayev'], forms: ['Миколаївщина', 'Николаевская область'], capital: 700569 },
  'UA-51': { alt: ['Odessa'], forms: ['Одещина', 'Одесская область'], capital: 698740 },
  'UA-53': { forms: ['Полтавщина', 'Полтавская область'], capital: 696643 },
  'UA-56': { alt: ['Rovno'], forms: ['Рівненщина', 'Ровенская область'], capital: 695594 },
  'UA-59': { forms: ['Сумщина', 'Сумская область'], capital: 692194 },
  'UA-61': { forms: ['Тернопільщина', 'Тернопольская область'], capital: 691650 },
  'UA-63': { alt: ['Kharkov'], forms: ['Харківщина', 'Харьковская область'], capital: 706483 },
  'UA-65': { forms: ['Херсонщина', 'Херсонская область'], capital: 706448 },
  'UA-68': { alt: ['Khmelnytsky', 'Khmelnitsky'], forms: ['Хмельниччина', 'Хмельницкая область'], capital: 706369 },
  'UA-71': { alt: ['Cherkassy'], forms: ['Черкащина', 'Черкасская область'], capital: 710791 },
  'UA-74': { alt: ['Chernigov'], forms: ['Чернігівщина', 'Черниговская область'], capital: 710735 },
  'UA-77': { alt: ['Chernovtsy'], forms: ['Буковина', 'Черновицкая область'], capital: 710719 },
};

/** Names meaning Ukraine as a whole. */
export const COUNTRY_NAMES = ['Ukraine', 'Україна', 'Украина'];

/** Words after a region's stem that make it the region ("Donetsk oblast", "the Kharkiv and Zaporizhzhia regions"). */
export const REGION_WORDS = ['region', 'regions', 'oblast', 'oblasts', 'province', 'provinces', 'область', 'області'];

/**
 * GeoNames towns whose names are also common English words or names and would be marked in every
 * article; they are left out of mention detection (still found by the Places box).
 */
export const TOWN_STOPLIST = new Set(['Bar', 'Mena', 'Nikita', 'Lenina', 'Shchors', 'Snow']);
