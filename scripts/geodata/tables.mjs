// Editorial tables the geodata build applies to the source data: names, types, chosen places.
import OFFICIAL_AREAS from '../../src/lib/model/official-areas.json' with { type: 'json' };

/**
 * First-level units in geodata/regions.geojson. English names follow current Ukrainian romanisation
 * (Kyiv, Odesa, Zaporizhzhia); the source's own English names are older or ambiguous ("Kiev",
 * "Odessa", "Kyiv" for both the city and the oblast), so every name here is set by this table.
 */
export const REGIONS = {
  'UA-05': { name_en: 'Vinnytsia', name_uk: 'Вінницька область', type: 'oblast' },
  'UA-07': { name_en: 'Volyn', name_uk: 'Волинська область', type: 'oblast' },
  'UA-09': { name_en: 'Luhansk', name_uk: 'Луганська область', type: 'oblast' },
  'UA-12': { name_en: 'Dnipropetrovsk', name_uk: 'Дніпропетровська область', type: 'oblast' },
  'UA-14': { name_en: 'Donetsk', name_uk: 'Донецька область', type: 'oblast' },
  'UA-18': { name_en: 'Zhytomyr', name_uk: 'Житомирська область', type: 'oblast' },
  'UA-21': { name_en: 'Zakarpattia', name_uk: 'Закарпатська область', type: 'oblast' },
  'UA-23': { name_en: 'Zaporizhzhia', name_uk: 'Запорізька область', type: 'oblast' },
  'UA-26': { name_en: 'Ivano-Frankivsk', name_uk: 'Івано-Франківська область', type: 'oblast' },
  'UA-30': { name_en: 'Kyiv (city)', name_uk: 'Київ', type: 'city with special status' },
  'UA-32': { name_en: 'Kyiv', name_uk: 'Київська область', type: 'oblast' },
  'UA-35': { name_en: 'Kirovohrad', name_uk: 'Кіровоградська область', type: 'oblast' },
  'UA-40': { name_en: 'Sevastopol', name_uk: 'Севастополь', type: 'city with special status' },
  'UA-43': { name_en: 'Crimea', name_uk: 'Автономна Республіка Крим', type: 'autonomous republic' },
  'UA-46': { name_en: 'Lviv', name_uk: 'Львівська область', type: 'oblast' },
  'UA-48': { name_en: 'Mykolaiv', name_uk: 'Миколаївська область', type: 'oblast' },
  'UA-51': { name_en: 'Odesa', name_uk: 'Одеська область', type: 'oblast' },
  'UA-53': { name_en: 'Poltava', name_uk: 'Полтавська область', type: 'oblast' },
  'UA-56': { name_en: 'Rivne', name_uk: 'Рівненська область', type: 'oblast' },
  'UA-59': { name_en: 'Sumy', name_uk: 'Сумська область', type: 'oblast' },
  'UA-61': { name_en: 'Ternopil', name_uk: 'Тернопільська область', type: 'oblast' },
  'UA-63': { name_en: 'Kharkiv', name_uk: 'Харківська область', type: 'oblast' },
  'UA-65': { name_en: 'Kherson', name_uk: 'Херсонська область', type: 'oblast' },
  'UA-68': { name_en: 'Khmelnytskyi', name_uk: 'Хмельницька область', type: 'oblast' },
  'UA-71': { name_en: 'Cherkasy', name_uk: 'Черкаська область', type: 'oblast' },
  'UA-74': { name_en: 'Chernihiv', name_uk: 'Чернігівська область', type: 'oblast' },
  'UA-77': { name_en: 'Chernivtsi', name_uk: 'Чернівецька область', type: 'oblast' },
  'RU-UD': { name_en: 'Udmurtia', name_uk: 'Удмуртія', type: 'republic (Russia)' },
};

/**
 * Official areas (km²) the build checks the simplified polygons against, with the tolerance the
 * issue sets. Ukraine's total is for the 27 units together.
 */
const { $comment: _comment, UA: UKRAINE_KM2, ...OBLAST_AREAS } = OFFICIAL_AREAS;
export const AREA_CHECKS = OBLAST_AREAS;
export const AREA_TOLERANCE = 0.03;
export const UKRAINE_AREA_KM2 = UKRAINE_KM2;
export const UKRAINE_AREA_TOLERANCE = 0.025;

/** Pairs of regions that share a land border; the build fails if simplification separates any. */
export const NEIGHBOUR_PAIRS = [
  ['UA-09', 'UA-14'],
  ['UA-09', 'UA-63'],
  ['UA-14', 'UA-23'],
  ['UA-14', 'UA-12'],
  ['UA-14', 'UA-63'],
  ['UA-63', 'UA-59'],
  ['UA-63', 'UA-12'],
  ['UA-63', 'UA-53'],
  ['UA-23', 'UA-12'],
  ['UA-23', 'UA-65'],
  ['UA-59', 'UA-74'],
  ['UA-59', 'UA-53'],
  ['UA-65', 'UA-43'],
  ['UA-43', 'UA-40'],
  ['UA-30', 'UA-32'],
];

/** Country names the source abbreviates, spelled out for the basemap (by ISO 3166-1 alpha-3). */
export const COUNTRY_NAMES = {
  BIH: 'Bosnia and Herzegovina',
};

/**
 * Cities drawn on the basemap, by GeoNames id (the record gives position and population; the
 * English and Ukrainian names are set here, because the GeoNames snapshot spells several of them
 * in older transliterations, e.g. "Odessa", "Zaporizhia", "Syevyerodonets'k").
 */
export const CITIES = [
  // Ukraine
  { geonames_id: 703448, name_en: 'Kyiv', name_uk: 'Київ', capital: true },
  { geonames_id: 706483, name_en: 'Kharkiv', name_uk: 'Харків' },
  { geonames_id: 698740, name_en: 'Odesa', name_uk: 'Одеса' },
  { geonames_id: 709930, name_en: 'Dnipro', name_uk: 'Дніпро' },
  { geonames_id: 709717, name_en: 'Donetsk', name_uk: 'Донецьк' },
  { geonames_id: 687700, name_en: 'Zaporizhzhia', name_uk: 'Запоріжжя' },
  { geonames_id: 702550, name_en: 'Lviv', name_uk: 'Львів' },
  { geonames_id: 703845, name_en: 'Kryvyi Rih', name_uk: 'Кривий Ріг' },
  { geonames_id: 700569, name_en: 'Mykolaiv', name_uk: 'Миколаїв' },
  { geonames_id: 701822, name_en: 'Mariupol', name_uk: 'Маріуполь' },
  { geonames_id: 702658, name_en: 'Luhansk', name_uk: 'Луганськ' },
  { geonames_id: 692194, name_en: 'Sumy', name_uk: 'Суми' },
  { geonames_id: 696643, name_en: 'Poltava', name_uk: 'Полтава' },
  { geonames_id: 710735, name_en: 'Chernihiv', name_uk: 'Чернігів' },
  { geonames_id: 706448, name_en: 'Kherson', name_uk: 'Херсон' },
  { geonames_id: 694423, name_en: 'Sevastopol', name_uk: 'Севастополь' },
  { geonames_id: 693805, name_en: 'Simferopol', name_uk: 'Сімферополь' },
  { geonames_id: 689558, name_en: 'Vinnytsia', name_uk: 'Вінниця' },
  { geonames_id: 686967, name_en: 'Zhytomyr', name_uk: 'Житомир' },
  { geonames_id: 710791, name_en: 'Cherkasy', name_uk: 'Черкаси' },
  { geonames_id: 705812, name_en: 'Kropyvnytskyi', name_uk: 'Кропивницький' },
  { geonames_id: 706369, name_en: 'Khmelnytskyi', name_uk: 'Хмельницький' },
  { geonames_id: 695594, name_en: 'Rivne', name_uk: 'Рівне' },
  { geonames_id: 702569, name_en: 'Lutsk', name_uk: 'Луцьк' },
  { geonames_id: 691650, name_en: 'Ternopil', name_uk: 'Тернопіль' },
  { geonames_id: 707471, name_en: 'Ivano-Frankivsk', name_uk: 'Івано-Франківськ' },
  { geonames_id: 710719, name_en: 'Chernivtsi', name_uk: 'Чернівці' },
  { geonames_id: 690548, name_en: 'Uzhhorod', name_uk: 'Ужгород' },
  { geonames_id: 701404, name_en: 'Melitopol', name_uk: 'Мелітополь' },
  { geonames_id: 713174, name_en: 'Bakhmut', name_uk: 'Бахмут' },
  { geonames_id: 691999, name_en: 'Sievierodonetsk', name_uk: 'Сєвєродонецьк' },
  { geonames_id: 707292, name_en: 'Izium', name_uk: 'Ізюм' },
  { geonames_id: 704422, name_en: 'Pokrovsk', name_uk: 'Покровськ' },
  // Russia
  { geonames_id: 524901, name_en: 'Moscow', name_uk: 'Москва', capital: true },
  { geonames_id: 498817, name_en: 'Saint Petersburg', name_uk: 'Санкт-Петербург' },
  { geonames_id: 551487, name_en: 'Kazan', name_uk: 'Казань' },
  { geonames_id: 554840, name_en: 'Izhevsk', name_uk: 'Іжевськ' },
  { geonames_id: 520555, name_en: 'Nizhny Novgorod', name_uk: 'Нижній Новгород' },
  { geonames_id: 499099, name_en: 'Samara', name_uk: 'Самара' },
  { geonames_id: 501175, name_en: 'Rostov-on-Don', name_uk: 'Ростов-на-Дону' },
  { geonames_id: 472757, name_en: 'Volgograd', name_uk: 'Волгоград' },
  { geonames_id: 472045, name_en: 'Voronezh', name_uk: 'Воронеж' },
  { geonames_id: 578072, name_en: 'Belgorod', name_uk: 'Бєлгород' },
  { geonames_id: 538560, name_en: 'Kursk', name_uk: 'Курськ' },
  { geonames_id: 571476, name_en: 'Bryansk', name_uk: 'Брянськ' },
  { geonames_id: 491687, name_en: 'Smolensk', name_uk: 'Смоленськ' },
  { geonames_id: 542420, name_en: 'Krasnodar', name_uk: 'Краснодар' },
  { geonames_id: 498677, name_en: 'Saratov', name_uk: 'Саратов' },
  { geonames_id: 479123, name_en: 'Ulyanovsk', name_uk: 'Ульяновськ' },
  { geonames_id: 569696, name_en: 'Cheboksary', name_uk: 'Чебоксари' },
  { geonames_id: 548408, name_en: 'Kirov', name_uk: 'Кіров' },
  { geonames_id: 523750, name_en: 'Naberezhnye Chelny', name_uk: 'Набережні Челни' },
  { geonames_id: 511196, name_en: 'Perm', name_uk: 'Перм' },
  { geonames_id: 479561, name_en: 'Ufa', name_uk: 'Уфа' },
  { geonames_id: 1486209, name_en: 'Yekaterinburg', name_uk: 'Єкатеринбург' },
  // Neighbours and the wider region
  { geonames_id: 625144, name_en: 'Minsk', name_uk: 'Мінськ', capital: true },
  { geonames_id: 627907, name_en: 'Homel', name_uk: 'Гомель' },
  { geonames_id: 756135, name_en: 'Warsaw', name_uk: 'Варшава', capital: true },
  { geonames_id: 618426, name_en: 'Chisinau', name_uk: 'Кишинів', capital: true },
  { geonames_id: 683506, name_en: 'Bucharest', name_uk: 'Бухарест', capital: true },
  { geonames_id: 3054643, name_en: 'Budapest', name_uk: 'Будапешт', capital: true },
  { geonames_id: 3060972, name_en: 'Bratislava', name_uk: 'Братислава', capital: true },
  { geonames_id: 593116, name_en: 'Vilnius', name_uk: 'Вільнюс', capital: true },
  { geonames_id: 456172, name_en: 'Riga', name_uk: 'Рига', capital: true },
  { geonames_id: 588409, name_en: 'Tallinn', name_uk: 'Таллінн', capital: true },
  { geonames_id: 658225, name_en: 'Helsinki', name_uk: 'Гельсінкі', capital: true },
  { geonames_id: 727011, name_en: 'Sofia', name_uk: 'Софія', capital: true },
  { geonames_id: 745044, name_en: 'Istanbul', name_uk: 'Стамбул' },
  { geonames_id: 323786, name_en: 'Ankara', name_uk: 'Анкара', capital: true },
  { geonames_id: 611717, name_en: 'Tbilisi', name_uk: 'Тбілісі', capital: true },
];

/**
 * Point features in geodata/sites.geojson. Positions come from the GeoNames record named here;
 * nothing in the offline sources locates a street address, so every site is "approximate".
 */
export const SITES = [
  {
    id: 'kupol-izhevsk',
    name_en: 'Kupol plant, Izhevsk',
    name_uk: 'Завод «Купол», Іжевськ',
    kind: 'strike-site',
    region: 'RU-UD',
    geonames_id: 554840,
    basis:
      'Placed at the GeoNames point for the city of Izhevsk (geonameid 554840), not at the plant: ' +
      'its street address (3 Pesochnaya St.) was not geocoded, so the mark shows the city and the ' +
      'works may lie several kilometres from it.',
  },
  {
    id: 'kyiv',
    name_en: 'Kyiv',
    name_uk: 'Київ',
    kind: 'city',
    capital: true,
    region: 'UA-30',
    geonames_id: 703448,
    basis: 'GeoNames city point for Kyiv (geonameid 703448): the city centre, standing for the whole city.',
  },
  {
    id: 'sievierodonetsk',
    name_en: 'Sievierodonetsk',
    name_uk: 'Сєвєродонецьк',
    kind: 'city',
    region: 'UA-09',
    geonames_id: 691999,
    basis:
      'GeoNames city point for Sievierodonetsk (geonameid 691999): the city centre, standing for the whole city.',
  },
];

/**
 * Rivers of the basemap. The source lines carry no names, so a line takes a river's name when it
 * passes within RIVER_MATCH_KM of a city that stands on that river (cities by GeoNames id).
 * Lines that match no river here are left out.
 */
export const RIVER_MATCH_KM = 12;
export const RIVERS = [
  { name_en: 'Dnipro', name_uk: 'Дніпро', on: [703448, 491687, 706448, 710791, 687700, 704147] },
  { name_en: 'Don', name_uk: 'Дон', on: [501175, 496015, 472761] },
  {
    name_en: 'Volga',
    name_uk: 'Волга',
    on: [480060, 468902, 543878, 520555, 569696, 479123, 499099, 498677, 472757, 580497],
  },
  { name_en: 'Kama', name_uk: 'Кама', on: [511196, 523750, 521118] },
  { name_en: 'Danube', name_uk: 'Дунай', on: [2761369, 3060972, 3054643, 3194360, 792680, 727523, 677697, 664518] },
  { name_en: 'Dniester', name_uk: 'Дністер', on: [617239, 618577] },
  { name_en: 'Vistula', name_uk: 'Вісла', on: [756135, 3083271, 3094802] },
  { name_en: 'Daugava', name_uk: 'Даугава', on: [456172, 620127] },
  { name_en: 'Ural', name_uk: 'Урал', on: [515003, 514734, 532288, 610529] },
  { name_en: 'Oder', name_uk: 'Одра', on: [3081368, 3083829] },
  { name_en: 'Elbe', name_uk: 'Ельба', on: [2935022, 2874545] },
  { name_en: 'Tisza', name_uk: 'Тиса', on: [715429] },
  { name_en: 'Neva', name_uk: 'Нева', on: [498817] },
];

/**
 * The labels' font, rendered into geodata/glyphs/ by glyphs.mjs. Noto Sans (SIL Open Font License
 * 1.1) covers Latin and Cyrillic in one design; its @fontsource files are split by script.
 */
export const GLYPH_FONT = {
  /** The font stack name the style's symbol layers ask for, and the folder of its ranges. */
  stack: 'NotoSans-Regular',
  package: '@fontsource/noto-sans',
  files: ['noto-sans-latin-400-normal.woff', 'noto-sans-cyrillic-400-normal.woff'],
};

/**
 * Characters a label may show besides the names in geodata/: the digits, point and "k" of the
 * counts MapLibre writes on clustered imported points ("1.2k").
 */
export const GLYPH_EXTRA_CHARACTERS = '0123456789.k';
