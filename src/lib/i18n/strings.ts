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
  noWebgl: 'The map needs WebGL, which this browser has turned off or does not support. The claims below stay readable and filterable.',
  layers: 'Layers',
  missionPlaces: 'Mission places',
  contextPlaces: 'Other places',
  showAll: 'Show all',
  showNone: 'Hide all',
  legend: 'Legend',
  legendNote: 'Colours show what the cited articles claim, not verified control.',
  siteSymbol: 'Strike site or named place (point)',
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
  claimsCount: '{n} of {total} claims',
  noClaims: 'No claims match.',
  noClaimsPlace: 'The articles make no claim about this place.',
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
  readInSource: 'Read in source',
  disputes: 'Contradicts',
  disputedBy: 'Contradicted by',
  claimsAddUpTo: 'Claims add up to',
  place: 'Place',
  select: 'Select {place}',
  toggle: 'Show {place}',
  close: 'Close',
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
  undatedCount: '{n} claims have no known date; {m} have dates the editor inferred (marked “inferred”).',
  resetRange: 'All dates',
} as const;

export type StringKey = keyof typeof en;

const uk: Record<StringKey, string> = {
  appTitle: 'Огляд ситуації',
  appTagline: 'Кожна позначка — це твердження з джерелом, а не перевірений факт.',
  language: 'Мова',
  loading: 'Мапа завантажується…',
  loadError: 'Не вдалося завантажити мапу.',
  noWebgl: 'Для мапи потрібен WebGL, який у цьому браузері вимкнено або не підтримується. Твердження нижче можна читати й фільтрувати.',
  layers: 'Шари',
  missionPlaces: 'Місця місії',
  contextPlaces: 'Інші місця',
  showAll: 'Показати всі',
  showNone: 'Сховати всі',
  legend: 'Легенда',
  legendNote: 'Кольори показують, що стверджують цитовані статті, а не перевірений контроль.',
  siteSymbol: 'Місце удару або назване місце (точка)',
  claims: 'Твердження',
  claimsAll: 'Усі твердження',
  claimsFor: 'Твердження про {place}',
  showAllClaims: 'Показати всі твердження',
  filterKind: 'Тип',
  filterClaimant: 'Хто стверджує',
  filterSource: 'Джерело',
  filterAny: 'Будь-який',
  search: 'Пошук у твердженнях',
  clearFilters: 'Скинути фільтри',
  claimsCount: '{n} з {total} тверджень',
  noClaims: 'Немає тверджень за цими умовами.',
  noClaimsPlace: 'Статті нічого не стверджують про це місце.',
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
  readInSource: 'Читати в джерелі',
  disputes: 'Суперечить',
  disputedBy: 'Заперечується',
  claimsAddUpTo: 'Підсумок тверджень',
  place: 'Місце',
  select: 'Вибрати {place}',
  toggle: 'Показати {place}',
  close: 'Закрити',
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
  undatedCount: '{n} тверджень не мають відомої дати; {m} мають дати, виведені редактором (позначено «виведено»).',
  resetRange: 'Усі дати',
};

const KIND_LABELS: Record<Lang, Record<ClaimKind, string>> = {
  en: {
    control: 'control', advance: 'advance', defence: 'defence', attack: 'attack', strike: 'strike',
    'troop-buildup': 'troop build-up', annexation: 'annexation', sovereignty: 'sovereignty',
    territory: 'territory', weapons: 'weapons', statement: 'statement', diplomacy: 'diplomacy',
    humanitarian: 'humanitarian',
  },
  uk: {
    control: 'контроль', advance: 'просування', defence: 'оборона', attack: 'наступ', strike: 'удар',
    'troop-buildup': 'нарощування військ', annexation: 'анексія', sovereignty: 'суверенітет',
    territory: 'територія', weapons: 'зброя', statement: 'заява', diplomacy: 'дипломатія',
    humanitarian: 'гуманітарне',
  },
};

const CLAIM_STATUS_LABELS: Record<Lang, Record<ClaimStatus, string>> = {
  en: { asserted: 'asserted', reported: 'reported', disputed: 'disputed', contested: 'contested', denied: 'denied' },
  uk: { asserted: 'стверджується', reported: 'повідомляється', disputed: 'оскаржується', contested: 'спірне', denied: 'заперечується' },
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
export function translate(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  return DICTS[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));
}

export const kindLabel = (lang: Lang, kind: ClaimKind): string => KIND_LABELS[lang][kind];
export const claimStatusLabel = (lang: Lang, status: ClaimStatus): string => CLAIM_STATUS_LABELS[lang][status];
export const placeStatusLabel = (lang: Lang, status: PlaceStatus): string => PLACE_STATUS_LABELS[lang][status];
