// The import controls' own words, in English and Ukrainian (kept beside the import so its strings travel with it).
import type { Lang } from '../i18n/strings';

const en = {
  chooseFiles: 'Choose files…',
  hint: '{formats}, up to {max}; read in the background. You can also drop a file on the map. Imported layers are kept on this device until removed; nothing is uploaded.',
  cancel: 'Cancel',
  cancelImport: 'Cancel importing {name}',
  removeAll: 'Remove all imported layers',
  removedAll: 'All imported layers were removed from the map and from this device.',
  table: 'Table',
  tableOf: 'Table of {name}',
  onlyUnplaced: 'Only rows not on the map ({n})',
  rowsShown: 'Rows {from}–{to} of {n}',
  noRows: 'No rows to show.',
  previous: 'Previous',
  next: 'Next',
  row: 'Row',
  onMap: 'On map',
  yes: 'yes',
  no: 'no',
  restoring: 'Restoring imported layers kept on this device…',
  kept: 'kept on this device',
  notKept: 'this session only',
  percent: '{p} %',
} as const;

export type ImportStringKey = keyof typeof en;

const uk: Record<ImportStringKey, string> = {
  chooseFiles: 'Вибрати файли…',
  // The format list's own "or" is English: the Ukrainian names the formats itself.
  hint: 'GeoJSON, TopoJSON, KML, KMZ, GPX, CSV або TSV, до {max}; обробляється у фоні. Файл можна також перетягнути на мапу. Імпортовані шари зберігаються на цьому пристрої, доки їх не видалено; нічого не вивантажується.',
  cancel: 'Скасувати',
  cancelImport: 'Скасувати імпорт {name}',
  removeAll: 'Видалити всі імпортовані шари',
  removedAll: 'Усі імпортовані шари видалено з мапи й з цього пристрою.',
  table: 'Таблиця',
  tableOf: 'Таблиця: {name}',
  onlyUnplaced: 'Лише рядки, яких немає на мапі ({n})',
  rowsShown: 'Рядки {from}–{to} з {n}',
  noRows: 'Немає рядків для показу.',
  previous: 'Попередні',
  next: 'Наступні',
  row: 'Рядок',
  onMap: 'На мапі',
  yes: 'так',
  no: 'ні',
  restoring: 'Відновлення імпортованих шарів, збережених на цьому пристрої…',
  kept: 'збережено на цьому пристрої',
  notKept: 'лише в цьому сеансі',
  percent: '{p} %',
};

const DICTS: Record<Lang, Record<ImportStringKey, string>> = { en, uk };

export function importText(lang: Lang, key: ImportStringKey, vars: Record<string, string | number> = {}): string {
  const template = (DICTS[lang] ?? en)[key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
