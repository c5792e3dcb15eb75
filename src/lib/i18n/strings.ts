// Every interface string in English and Ukrainian. Quotes and article text are never translated.
import type { ClaimKind, ClaimStatus } from '../model/types';
import type { PlaceStatus } from '../model/placeStatus';

export type Lang = 'en' | 'uk';
export const LANGS: Lang[] = ['en', 'uk'];
export const LANG_NAMES: Record<Lang, string> = { en: 'English', uk: 'Українська' };

const en = {
  appTitle: 'Situation Viewer',
  appTagline: 'Every mark is a cited claim, not verified fact.',
  language: 'Language',
  loading: 'Loading map…',
  loadError: 'The map could not load.',
  noWebgl:
    'The map needs WebGL, which this browser has turned off or does not support. The claims below stay readable and filterable.',
  layers: 'Layers',
  missionPlaces: 'Mission places',
  contextPlaces: 'Other places',
  otherRegions: 'Other regions ({n})',
  showAll: 'Show all',
  showNone: 'Hide all',
  legend: 'Legend',
  legendNote: 'Colours show what the cited articles claim, not verified control.',
  siteSymbol: 'Strike site (point)',
  placeSymbol: 'Named place (point)',
  markerNoClaims: 'Point with no claims in the selected dates',
  hiddenOnMap: 'Hidden on the map',
  claims: 'Claims',
  claimsAll: 'All claims',
  claimsFor: 'Claims about {place}',
  showAllClaims: 'Show all claims',
  filterKind: 'Kind',
  filterClaimant: 'Claimant',
  filterSource: 'Source',
  filterAny: 'Any',
  search: 'Search claims',
  clearFilters: 'Clear filters',
  claimsCount: '{n} of {total} {total, plural, one {claim} other {claims}}',
  noClaims: 'No claims match.',
  noClaimsPlace: 'The articles make no claim about this place.',
  dataLoading: 'Loading claims…',
  dataIndexError: 'The claims could not be loaded ({reason}). The map and the place list still work.',
  placeDataError: 'The claims about this place could not be loaded ({reason}).',
  sourceDataError: 'The article could not be loaded ({reason}).',
  allDataError: 'The list of all claims could not be loaded ({reason}).',
  claimNotFound: 'The claim in this link is not in the data any more.',
  dataMissing: 'a data file is missing; the site may have been updated',
  dataCorrupt: 'a data file is damaged',
  dataVersion: 'the data was updated while this page was open',
  dataNetwork: 'no connection to the site',
  retry: 'Retry',
  showMoreClaims: 'Show {n} more {n, plural, one {claim} other {claims}}',
  loadingAllClaims: 'Loading all claims: {done} of {total}…',
  searchLoading: 'Preparing the search…',
  copyLink: 'Copy link',
  linkCopied: 'Link copied.',
  copyFailed: 'This browser did not allow copying: select the text and copy it.',
  embed: 'Embed',
  embedTitle: 'Embed this view in a page',
  embedWidth: 'Width (px)',
  embedHeight: 'Height (px)',
  embedCode: 'Code to paste into the page',
  copyCode: 'Copy code',
  codeCopied: 'Code copied.',
  embedPreview: 'Preview',
  showPreview: 'Show preview',
  openFullMap: 'Open the full map',
  updateReady: 'A new version of the viewer is ready.',
  reloadToUpdate: 'Reload to update',
  claimant: 'Claimant',
  kind: 'Kind',
  status: 'Status',
  date: 'Date',
  dateUnknown: 'not given',
  dateInferred: 'inferred',
  source: 'Source',
  by: 'By',
  noAuthor: 'No author named',
  summary: 'Editor’s summary',
  editorNote: 'Editor’s note',
  editorTranslation: 'editor’s translation',
  readInSource: 'Read in source',
  disputes: 'Contradicts',
  disputedBy: 'Contradicted by',
  claimsAddUpTo: 'Claims add up to',
  place: 'Place',
  select: 'Select {place}',
  toggle: 'Show {place}',
  close: 'Close',
  closeCard: 'Close card',
  showOffMap: 'Show {place} (off the map, this way)',
  cardFull: 'Show the whole card',
  cardHalf: 'Show half the card',
  showPlaceOnMap: 'Show {place} on map',
  noClaimsInRange: 'No claims in the selected dates.',
  noClaimsMatch: 'No claims here match the filters and dates chosen.',
  statusNoneInDates: 'No claims in the selected dates',
  statusNoneMatching: 'No claims matching the filters',
  mapFiltered: 'The map, its cards and the claims list show only claims that match the filters.',
  mapFilterLoading: 'Loading every claim to colour the map by the filters…',
  mapFilterError: 'The claims needed to colour the map by the filters could not be loaded; it shows the dates only.',
  position: 'Position',
  exact: 'exact',
  approximate: 'approximate',
  importGeojson: 'Import GeoJSON',
  export: 'Export',
  credits: 'Boundaries: Natural Earth (public domain). Places: GeoNames (CC BY 4.0).',
  ukraine: 'Ukraine (whole country)',
  panel: 'Panel',
  showOnMap: 'Show this claim’s place on the map',
  timeline: 'Timeline',
  from: 'From',
  to: 'To',
  includeUndated: 'Include claims with no known date',
  undatedCount:
    '{n, plural, one {# claim has} other {# claims have}} no known date; {m, plural, one {# has a date} other {# have dates}} the editor inferred (marked “inferred”).',
  resetRange: 'All dates',
  importHint: 'GeoJSON up to {max}; parsed in the background. You can also drop a file on the map.',
  importing: 'Importing {name}…',
  featureCount: '{n, plural, one {# feature} other {# features}}',
  removeLayer: 'Remove {name}',
  useAsAssessed: 'Use as assessed control',
  dropHere: 'Drop a map data file (GeoJSON, TopoJSON, KML, KMZ, GPX, CSV or TSV) to add it as a layer',
  importedFeature: 'Imported feature',
  properties: 'Properties',
  noProperties: 'This feature has no properties.',
  computed: 'computed',
  method: 'Method',
  pngUnavailable: 'The map image is not available (the map did not load).',
  pngSources: 'Sources: {list}',
  pngMore: 'and {n} more',
  pngDates: 'Dates shown: {range}',
  pngAllDates: 'all dates',
  pngFrom: 'from {month}',
  pngTo: 'up to {month}',
  pngUndatedIn: 'claims with no known date included',
  pngUndatedOut: 'claims with no known date left out',
  pngExported: 'Exported {date}',
  exportHint: 'Claims: the {n} listed below, each with its full source reference.',
  featuresHere: '{n, plural, one {# feature here} other {# features here}}',
  chooseFeature: 'Imported features. Choose one to see its properties.',
  featureOfLayer: 'Feature {n} of {layer}',
  backToList: 'Back to the list',
  featuresUnlisted: '{n, plural, one {# more is not listed} other {# more are not listed}}: zoom in to tell them apart.',
  zoomToLayer: 'Zoom to layer {name}',
  zoomToLayerShort: 'Zoom',
  zoomNoGeometry: 'This layer has no geometry to zoom to.',
  exportComputing: 'Computing assessed figures… {ready} of {total}',
  exportAssessFailed: 'Nothing exported: the assessed figures could not be worked out ({error}).',
  pngAssessed:
    'Outline and shading: the area {by} assesses as held on {date}. This is {by}’s assessment, not an established fact.',
  pngAssessedNote: 'Source note ({by}): {note}',
} as const;

export type StringKey = keyof typeof en;

const uk: Record<StringKey, string> = {
  appTitle: 'Огляд ситуації',
  appTagline: 'Кожна позначка — це твердження з джерелом, а не перевірений факт.',
  language: 'Мова',
  loading: 'Мапа завантажується…',
  loadError: 'Не вдалося завантажити мапу.',
  noWebgl:
    'Для мапи потрібен WebGL, який у цьому браузері вимкнено або не підтримується. Твердження нижче можна читати й фільтрувати.',
  layers: 'Шари',
  missionPlaces: 'Місця місії',
  contextPlaces: 'Інші місця',
  otherRegions: 'Інші області ({n})',
  showAll: 'Показати всі',
  showNone: 'Сховати всі',
  legend: 'Легенда',
  legendNote: 'Кольори показують, що стверджують цитовані статті, а не перевірений контроль.',
  siteSymbol: 'Місце удару (точка)',
  placeSymbol: 'Назване місце (точка)',
  markerNoClaims: 'Точка без тверджень у вибраних датах',
  hiddenOnMap: 'Приховано на мапі',
  claims: 'Твердження',
  claimsAll: 'Усі твердження',
  // No case needed: the place's name stands in the nominative after the dash.
  claimsFor: 'Твердження — {place}',
  showAllClaims: 'Показати всі твердження',
  filterKind: 'Тип',
  filterClaimant: 'Хто стверджує',
  filterSource: 'Джерело',
  filterAny: 'Будь-який',
  search: 'Пошук у твердженнях',
  clearFilters: 'Скинути фільтри',
  claimsCount: 'Твердження: {n} з {total}',
  noClaims: 'Немає тверджень за цими умовами.',
  noClaimsPlace: 'Статті нічого не стверджують про це місце.',
  dataLoading: 'Завантаження тверджень…',
  dataIndexError: 'Не вдалося завантажити твердження ({reason}). Мапа й список місць працюють.',
  placeDataError: 'Не вдалося завантажити твердження про це місце ({reason}).',
  sourceDataError: 'Не вдалося завантажити статтю ({reason}).',
  allDataError: 'Не вдалося завантажити список усіх тверджень ({reason}).',
  claimNotFound: 'Твердження з цього посилання вже немає в даних.',
  dataMissing: 'бракує файлу даних; можливо, сайт оновили',
  dataCorrupt: 'файл даних пошкоджено',
  dataVersion: 'дані оновилися, поки сторінка була відкрита',
  dataNetwork: 'немає з’єднання із сайтом',
  retry: 'Спробувати ще раз',
  showMoreClaims: 'Показати ще тверджень: {n}',
  loadingAllClaims: 'Завантаження всіх тверджень: {done} з {total}…',
  searchLoading: 'Готуємо пошук…',
  copyLink: 'Копіювати посилання',
  linkCopied: 'Посилання скопійовано.',
  copyFailed: 'Браузер не дозволив копіювати: виділіть текст і скопіюйте його.',
  embed: 'Вбудувати',
  embedTitle: 'Вбудувати цей вигляд у сторінку',
  embedWidth: 'Ширина (px)',
  embedHeight: 'Висота (px)',
  embedCode: 'Код для вставлення в сторінку',
  copyCode: 'Копіювати код',
  codeCopied: 'Код скопійовано.',
  embedPreview: 'Попередній перегляд',
  showPreview: 'Показати попередній перегляд',
  openFullMap: 'Відкрити повну мапу',
  updateReady: 'Готова нова версія переглядача.',
  reloadToUpdate: 'Перезавантажити й оновити',
  claimant: 'Хто стверджує',
  kind: 'Тип',
  status: 'Статус',
  date: 'Дата',
  dateUnknown: 'не вказано',
  dateInferred: 'виведено',
  source: 'Джерело',
  by: 'Автор',
  noAuthor: 'Автора не вказано',
  summary: 'Резюме редактора',
  editorNote: 'Примітка редактора',
  editorTranslation: 'переклад редакції',
  readInSource: 'Читати в джерелі',
  disputes: 'Суперечить',
  disputedBy: 'Заперечується',
  claimsAddUpTo: 'Підсумок тверджень',
  place: 'Місце',
  select: 'Вибрати {place}',
  toggle: 'Показати {place}',
  close: 'Закрити',
  closeCard: 'Закрити картку',
  showOffMap: 'Показати: {place} (за межами мапи, у цьому напрямку)',
  cardFull: 'Розгорнути картку',
  cardHalf: 'Згорнути картку до половини',
  showPlaceOnMap: 'Показати на мапі: {place}',
  noClaimsInRange: 'Немає тверджень у вибраних датах.',
  noClaimsMatch: 'Тут немає тверджень, що відповідають вибраним фільтрам і датам.',
  statusNoneInDates: 'Немає тверджень у вибраних датах',
  statusNoneMatching: 'Немає тверджень, що відповідають фільтрам',
  mapFiltered: 'Мапа, її картки й список тверджень показують лише твердження, що відповідають фільтрам.',
  mapFilterLoading: 'Завантаження всіх тверджень, щоб розфарбувати мапу за фільтрами…',
  mapFilterError: 'Не вдалося завантажити твердження, потрібні, щоб розфарбувати мапу за фільтрами; вона враховує лише дати.',
  position: 'Розташування',
  exact: 'точне',
  approximate: 'приблизне',
  importGeojson: 'Імпортувати GeoJSON',
  export: 'Експорт',
  credits: 'Кордони: Natural Earth (суспільне надбання). Місця: GeoNames (CC BY 4.0).',
  ukraine: 'Україна (вся країна)',
  panel: 'Панель',
  showOnMap: 'Показати місце цього твердження на мапі',
  timeline: 'Часова шкала',
  from: 'Від',
  to: 'До',
  includeUndated: 'Включати твердження без відомої дати',
  undatedCount:
    '{n, plural, one {# твердження не має} few {# твердження не мають} other {# тверджень не мають}} відомої дати; {m, plural, one {# має дату, виведену} other {# мають дати, виведені}} редактором (позначено «виведено»).',
  resetRange: 'Усі дати',
  importHint: 'GeoJSON до {max}; обробляється у фоні. Файл можна також перетягнути на мапу.',
  importing: 'Імпорт {name}…',
  featureCount: '{n, plural, one {# об’єкт} few {# об’єкти} many {# об’єктів} other {# об’єкта}}',
  removeLayer: 'Видалити {name}',
  useAsAssessed: 'Використати як оцінку контролю',
  dropHere: 'Перетягніть файл з даними мапи (GeoJSON, TopoJSON, KML, KMZ, GPX, CSV або TSV), щоб додати його як шар',
  importedFeature: 'Імпортований об’єкт',
  properties: 'Властивості',
  noProperties: 'Цей об’єкт не має властивостей.',
  computed: 'обчислено',
  method: 'Метод',
  pngUnavailable: 'Зображення мапи недоступне (мапа не завантажилася).',
  pngSources: 'Джерела: {list}',
  pngMore: 'і ще {n}',
  pngDates: 'Показані дати: {range}',
  pngAllDates: 'усі дати',
  pngFrom: 'від {month}',
  pngTo: 'до {month}',
  pngUndatedIn: 'твердження без відомої дати враховано',
  pngUndatedOut: 'твердження без відомої дати не враховано',
  pngExported: 'Експортовано {date}',
  exportHint: 'Твердження: {n} наведених нижче, кожне з повним посиланням на джерело.',
  featuresHere: 'Тут {n, plural, one {# об’єкт} few {# об’єкти} many {# об’єктів} other {# об’єкта}}',
  chooseFeature: 'Імпортовані об’єкти. Виберіть один, щоб побачити його властивості.',
  featureOfLayer: 'Об’єкт {n} шару {layer}',
  backToList: 'Назад до списку',
  featuresUnlisted:
    'Ще {n, plural, one {# об’єкт не показано} few {# об’єкти не показано} many {# об’єктів не показано} other {# об’єкта не показано}}: наблизьте мапу, щоб їх розрізнити.',
  zoomToLayer: 'Показати весь шар {name}',
  zoomToLayerShort: 'Весь шар',
  zoomNoGeometry: 'Цей шар не має геометрії, тож на мапі нема чого показати.',
  exportComputing: 'Обчислення оцінених показників… {ready} з {total}',
  exportAssessFailed: 'Нічого не експортовано: оцінені показники не вдалося обчислити ({error}).',
  pngAssessed: 'Контур і штрихування: площа, яку {by} оцінює як утримувану на {date}. Це оцінка {by}, а не встановлений факт.',
  pngAssessedNote: 'Примітка про джерело ({by}): {note}',
};

const KIND_LABELS: Record<Lang, Record<ClaimKind, string>> = {
  en: {
    control: 'control',
    advance: 'advance',
    defence: 'defence',
    attack: 'attack',
    strike: 'strike',
    'troop-buildup': 'troop build-up',
    annexation: 'annexation',
    sovereignty: 'sovereignty',
    territory: 'territory',
    weapons: 'weapons',
    statement: 'statement',
    diplomacy: 'diplomacy',
    humanitarian: 'humanitarian',
  },
  uk: {
    control: 'контроль',
    advance: 'просування',
    defence: 'оборона',
    attack: 'наступ',
    strike: 'удар',
    'troop-buildup': 'нарощування військ',
    annexation: 'анексія',
    sovereignty: 'суверенітет',
    territory: 'територія',
    weapons: 'зброя',
    statement: 'заява',
    diplomacy: 'дипломатія',
    humanitarian: 'гуманітарне',
  },
};

const CLAIM_STATUS_LABELS: Record<Lang, Record<ClaimStatus, string>> = {
  en: { asserted: 'asserted', reported: 'reported', disputed: 'disputed', contested: 'contested', denied: 'denied' },
  uk: {
    asserted: 'стверджується',
    reported: 'повідомляється',
    disputed: 'оскаржується',
    contested: 'спірне',
    denied: 'заперечується',
  },
};

const PLACE_STATUS_LABELS: Record<Lang, Record<PlaceStatus, string>> = {
  en: {
    'control-claimed-disputed': 'Full control claimed, disputed',
    'control-claimed': 'Control claimed',
    'annexation-claimed': 'Annexation claimed',
    'advance-claimed': 'Advances claimed',
    'attack-reported': 'Attack or build-up reported',
    'strike-reported': 'Strike reported',
    mentioned: 'Mentioned in claims',
    'no-claims': 'No claims in the articles',
  },
  uk: {
    'control-claimed-disputed': 'Заявлено повний контроль, оскаржується',
    'control-claimed': 'Заявлено контроль',
    'annexation-claimed': 'Заявлено анексію',
    'advance-claimed': 'Заявлено просування',
    'attack-reported': 'Повідомляється про наступ або скупчення військ',
    'strike-reported': 'Повідомляється про удар',
    mentioned: 'Згадується у твердженнях',
    'no-claims': 'Статті нічого не стверджують',
  },
};

const DICTS: Record<Lang, Record<StringKey, string>> = { en, uk };

/** Interface text for a key, with {name} slots filled in. */
const PLURAL_RULES: Record<Lang, Intl.PluralRules> = { en: new Intl.PluralRules('en'), uk: new Intl.PluralRules('uk') };
/** `{n, plural, one {# claim} few {...} many {...} other {# claims}}`: the form the language's rules pick for n, # the number. */
const PLURAL = /\{(\w+), plural,((?:\s*\w+\s*\{[^{}]*\})+)\s*\}/g;
const FORM = /(\w+)\s*\{([^{}]*)\}/g;

/** Picks a plural form with Intl.PluralRules (Ukrainian has one, few, many and other); "other" when a form is missing. */
export function pluralForm(lang: Lang, count: number, forms: Partial<Record<Intl.LDMLPluralRule, string>>): string {
  return forms[PLURAL_RULES[lang].select(count)] ?? forms.other ?? '';
}

/**
 * Fills a template written as these strings are: each `{n, plural, …}` takes the form for vars.n, then `{name}`
 * takes its value. `show` writes a value (and # in a plural form), e.g. a number in the reader's locale.
 */
export function fillTemplate<V>(
  lang: Lang,
  template: string,
  vars: Record<string, V>,
  show: (value: V | undefined) => string = (v) => String(v ?? ''),
): string {
  return template
    .replace(PLURAL, (_, name: string, body: string) => {
      const value = vars[name];
      const forms: Partial<Record<Intl.LDMLPluralRule, string>> = {};
      for (const [, form, text] of body.matchAll(FORM)) forms[form as Intl.LDMLPluralRule] = text;
      const count = Number(value ?? 0);
      return pluralForm(lang, count, forms).replace(/#/g, value === undefined ? String(count) : show(value));
    })
    .replace(/\{(\w+)\}/g, (_, name: string) => show(vars[name]));
}

export function translate(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  return fillTemplate(lang, DICTS[lang][key], vars);
}

export const kindLabel = (lang: Lang, kind: ClaimKind): string => KIND_LABELS[lang][kind];
export const claimStatusLabel = (lang: Lang, status: ClaimStatus): string => CLAIM_STATUS_LABELS[lang][status];
export const placeStatusLabel = (lang: Lang, status: PlaceStatus): string => PLACE_STATUS_LABELS[lang][status];

/**
 * MapLibre's own control labels (its `locale` option, given when the map is made). The keys are
 * MapLibre's; units of the scale bar included.
 */
export const MAPLIBRE_LOCALE: Record<Lang, Record<string, string>> = {
  en: {},
  uk: {
    'AttributionControl.ToggleAttribution': 'Показати або сховати джерела мапи',
    'Map.Title': 'Мапа',
    'NavigationControl.ZoomIn': 'Збільшити',
    'NavigationControl.ZoomOut': 'Зменшити',
    'Popup.Close': 'Закрити',
    'ScaleControl.Meters': 'м',
    'ScaleControl.Kilometers': 'км',
  },
};

/** Where MapLibre shows each of those labels: after a switch of language they are set on the controls. */
export const MAPLIBRE_LABELLED: Record<string, string> = {
  '.maplibregl-ctrl-zoom-in': 'NavigationControl.ZoomIn',
  '.maplibregl-ctrl-zoom-out': 'NavigationControl.ZoomOut',
  '.maplibregl-ctrl-attrib-button': 'AttributionControl.ToggleAttribution',
  '.maplibregl-popup-close-button': 'Popup.Close',
};

const MAPLIBRE_DEFAULTS: Record<string, string> = {
  'AttributionControl.ToggleAttribution': 'Toggle attribution',
  'NavigationControl.ZoomIn': 'Zoom in',
  'NavigationControl.ZoomOut': 'Zoom out',
  'Popup.Close': 'Close popup',
};

/** A MapLibre control label in the reader's language. */
export const maplibreLabel = (lang: Lang, key: string): string => MAPLIBRE_LOCALE[lang][key] ?? MAPLIBRE_DEFAULTS[key] ?? key;
