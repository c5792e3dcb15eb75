// The assessment's interface words in English and Ukrainian (loaded with the assessment code, not at start).
import type { Lang } from '../i18n/strings';

const en = {
  formTitle: 'Use {name} as assessed control',
  date: 'Assessment date',
  dateHint: 'For features without a date of their own.',
  seriesFound: 'Its features carry {n} dates, from {from} to {to}: a time series.',
  by: 'Assessed by',
  byHint: 'The name shown beside every figure (e.g. the map’s publisher). Files with the same name join one series.',
  note: 'Licence or source note',
  apply: 'Apply',
  cancel: 'Cancel',
  stop: 'Stop using as assessment',
  needBy: 'Enter who made the assessment ("Assessed by").',
  byTooLong: '"Assessed by" is too long (at most {n} characters).',
  bySemicolon: '"Assessed by" cannot contain ";": the CSV export separates the names of several assessments with it.',
  noteTooLong: 'The note is too long (at most {n} characters).',
  needDate: 'Enter the assessment date (YYYY-MM-DD): the file name and its features give none.',
  badDate: 'The assessment date must be a real day, written YYYY-MM-DD.',
  noPolygons: 'This layer has no polygons, so it cannot be an assessed area.',
  applied: 'Used as the assessment by {by}: {n} date(s).',
  figure: 'Assessed by {by} on {date}: {share} of {place} ({km2})',
  latestUndated: 'latest assessment; the claim has no date',
  latestBefore: 'latest assessment; the claim is earlier than the first one ({first})',
  notFact: 'This is {by}’s assessment, not an established fact.',
  method: 'Method',
  sourceNote: 'Source note',
  computing: 'Working out the assessed share…',
  failed: 'The assessed share could not be worked out: {error}',
  legendTitle: 'Assessed area ({by}, {date})',
  legendNote: 'Outline and shading: the area {by} assesses as held on {date}; the reader’s own file, not a claim.',
  missing:
    'The link names an assessment by {by} on {date}. Its file is not loaded here: import it and choose “Use as assessed control”.',
  oblast: '{name} oblast',
} as const;

const uk: Record<keyof typeof en, string> = {
  formTitle: 'Використати {name} як оцінку контролю',
  date: 'Дата оцінки',
  dateHint: 'Для об’єктів без власної дати.',
  seriesFound: 'Об’єкти мають {n} дат, від {from} до {to}: часовий ряд.',
  by: 'Автор оцінки',
  byHint: 'Назва, що стоїть біля кожного показника (напр. видавець карти). Файли з однаковою назвою утворюють один ряд.',
  note: 'Ліцензія або примітка про джерело',
  apply: 'Застосувати',
  cancel: 'Скасувати',
  stop: 'Не використовувати як оцінку',
  needBy: 'Укажіть, хто зробив оцінку («Автор оцінки»).',
  byTooLong: '«Автор оцінки» задовгий (не більше {n} символів).',
  bySemicolon: '«Автор оцінки» не може містити «;»: в експорті CSV ним розділено назви кількох оцінок.',
  noteTooLong: 'Примітка задовга (не більше {n} символів).',
  needDate: 'Укажіть дату оцінки (РРРР-ММ-ДД): ні назва файлу, ні об’єкти її не містять.',
  badDate: 'Дата оцінки має бути справжнім днем у форматі РРРР-ММ-ДД.',
  noPolygons: 'У цьому шарі немає полігонів, тож він не може бути оціненою площею.',
  applied: 'Використано як оцінку {by}: дат — {n}.',
  figure: 'Оцінка {by} на {date}: {share} площі ({place}; {km2})',
  latestUndated: 'остання оцінка; твердження не має дати',
  latestBefore: 'остання оцінка; твердження раніше за першу ({first})',
  notFact: 'Це оцінка {by}, а не встановлений факт.',
  method: 'Метод',
  sourceNote: 'Примітка про джерело',
  computing: 'Обчислення оціненої частки…',
  failed: 'Оцінену частку не вдалося обчислити: {error}',
  legendTitle: 'Оцінена площа ({by}, {date})',
  legendNote: 'Контур і штрихування: площа, яку {by} оцінює як утримувану на {date}; власний файл читача, не твердження.',
  missing:
    'Посилання називає оцінку {by} на {date}. Її файл тут не завантажено: імпортуйте його й виберіть «Використати як оцінку контролю».',
  oblast: '{name}',
};

export type AssessKey = keyof typeof en;

export function at(lang: Lang, key: AssessKey, vars: Record<string, string | number> = {}): string {
  const text: string = (lang === 'uk' ? uk : en)[key];
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
