// The import's messages in both interface languages: every key worded in each, Ukrainian plurals by the language's rules, numbers and sizes in the reader's locale.
import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../src/lib/import/bytes.ts';
import { byteSize, msg } from '../../src/lib/import/message.ts';
import { IMPORT_MESSAGES, messageText, type MessageKey } from '../../src/lib/import/messageText.ts';
import { parseFile } from '../../src/lib/import/parseFile.ts';
import { validateGeoJsonText } from '../../src/lib/import/validate.ts';

const { en, uk } = IMPORT_MESSAGES;
const keys = Object.keys(en) as MessageKey[];

const PLURAL_BLOCK = /\{(\w+), plural,((?:\s*\w+\s*\{[^{}]*\})+)\s*\}/g;

/** The names of a template's slots, plural or plain, sorted. */
function slots(template: string): string[] {
  const counted = [...template.matchAll(PLURAL_BLOCK)].map((m) => m[1]!);
  const plain = [...template.replace(PLURAL_BLOCK, '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  return [...new Set([...counted, ...plain])].sort();
}

describe('import message dictionaries', () => {
  it('word every key in both languages, with the same slots', () => {
    expect(Object.keys(uk).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(en[key].trim(), key).not.toBe('');
      expect(uk[key].trim(), key).not.toBe('');
      expect(slots(uk[key]), key).toEqual(slots(en[key]));
    }
  });

  it('have Ukrainian wording wherever English words are (not English left in the Ukrainian)', () => {
    const latinWords = (s: string) =>
      s
        .replace(/\{[^{}]*\}/g, ' ')
        .replace(/"[^"]*"|<[^>]*>/g, ' ')
        .match(/\b(The|the|is|are|was|were|has|have|not|file|row|rows|feature|features)\b/g) ?? [];
    for (const key of keys) expect(latinWords(uk[key]), `${key}: ${uk[key]}`).toEqual([]);
  });

  it('fill every plural form in both languages for 1, 2, 5 and 21', () => {
    for (const key of keys) {
      const counted = [...en[key].matchAll(/\{(\w+), plural,/g)].map((m) => m[1]!);
      for (const n of [1, 2, 5, 21]) {
        const vars = Object.fromEntries(slots(en[key]).map((s) => [s, counted.includes(s) ? n : 'x']));
        for (const lang of ['en', 'uk'] as const) {
          const text = messageText(lang, msg(key, vars));
          expect(text, `${lang} ${key} ${n}`).not.toMatch(/\{\w+[,}]|plural/);
        }
      }
    }
  });
});

describe('Ukrainian plural forms', () => {
  const ukText = (key: MessageKey, n: number) => messageText('uk', msg(key, { n }));

  it('rows without coordinates: 1 рядок, 2 рядки, 5 рядків, 21 рядок', () => {
    expect(ukText('csvNoCoordinates', 1)).toBe(
      '1 рядок не має координат; його наведено в таблиці шару, але не показано на мапі.',
    );
    expect(ukText('csvNoCoordinates', 2)).toBe(
      '2 рядки не мають координат; їх наведено в таблиці шару, але не показано на мапі.',
    );
    expect(ukText('csvNoCoordinates', 5)).toBe(
      '5 рядків не мають координат; їх наведено в таблиці шару, але не показано на мапі.',
    );
    expect(ukText('csvNoCoordinates', 21)).toBe(
      '21 рядок не має координат; його наведено в таблиці шару, але не показано на мапі.',
    );
  });

  it('features, positions and folders follow the same rules', () => {
    expect([1, 2, 5, 21].map((n) => ukText('missingProperties', n).split(' члена')[0])).toEqual([
      '1 об’єкт не мав',
      '2 об’єкти не мали',
      '5 об’єктів не мали',
      '21 об’єкт не мав',
    ]);
    expect([1, 2, 5, 21].map((n) => ukText('trimmedPositions', n).split(' понад')[0])).toEqual([
      '1 позиція мала',
      '2 позиції мали',
      '5 позицій мали',
      '21 позиція мала',
    ]);
    expect([1, 2, 5, 21].map((n) => messageText('uk', msg('kmlFolders', { format: 'KML', n })).split(';')[0])).toEqual([
      'KML: 1 тека',
      'KML: 2 теки',
      'KML: 5 тек',
      'KML: 21 тека',
    ]);
  });

  it('English keeps one and other', () => {
    expect(messageText('en', msg('csvNoCoordinates', { n: 1 }))).toMatch(/^1 row has no coordinates; it is listed/);
    expect(messageText('en', msg('csvNoCoordinates', { n: 21 }))).toMatch(/^21 rows have no coordinates; they are listed/);
  });
});

describe('numbers and sizes in the reader’s locale', () => {
  it('writes sizes with the locale’s decimal mark and units', () => {
    expect(formatBytes(250 * 1024 * 1024)).toBe('250.0 MB');
    expect(formatBytes(250 * 1024 * 1024, 'uk')).toBe('250,0 МБ');
    expect(formatBytes(62.4 * 1024 * 1024, 'uk')).toBe('62,4 МБ');
    expect(formatBytes(4096, 'uk')).toBe('4,0 КБ');
    expect([1, 2, 5, 21].map((n) => formatBytes(n, 'uk'))).toEqual(['1 байт', '2 байти', '5 байтів', '21 байт']);
    expect(formatBytes(512)).toBe('512 bytes');
  });

  it('groups counts as each language does', () => {
    expect(messageText('en', msg('csvNoCoordinates', { n: 5000 }))).toMatch(/^5,000 rows have/);
    expect(messageText('uk', msg('csvNoCoordinates', { n: 5000 }))).toMatch(/^5\u00a0000 рядків не мають/);
  });

  it('words the same refusal in either language from one message', () => {
    const r = validateGeoJsonText('{"type":"FeatureCollection","features":[]}', { maxBytes: 10 });
    if (r.ok) throw new Error('expected a refusal');
    expect(messageText('en', r.error)).toBe(
      'This file is too large to import: 42 characters, and the limit is 10 bytes. Split it or simplify its geometry first.',
    );
    expect(messageText('uk', r.error)).toBe(
      'Цей файл завеликий для імпорту: 42 символи, а межа — 10 байтів. Спершу розділіть його або спростіть геометрію.',
    );
    expect(
      messageText('uk', msg('tooLarge', { size: byteSize(300 * 1024 * 1024), limit: byteSize(250 * 1024 * 1024) })),
    ).toContain('300,0 МБ, а межа — 250,0 МБ');
  });
});

describe('what the import makes is data, worded only on the page', () => {
  it('a located validation error is worded whole in Ukrainian', async () => {
    const r = validateGeoJsonText(
      '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[48.1,95]}}]}',
    );
    if (r.ok) throw new Error('expected a refusal');
    expect(messageText('uk', r.error)).toBe(
      'Об’єкт 1 (індекс 0): координата [48.1, 95] (Point) має широту поза межами -90…90. Можливо, довготу й широту переставлено? GeoJSON записує [довгота, широта].',
    );
    const missing = validateGeoJsonText('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{}}]}');
    expect(missing.ok ? '' : messageText('uk', missing.error)).toBe(
      'Об’єкт 1 (індекс 0): немає члена "geometry"; об’єкт без розташування має містити "geometry": null.',
    );
  });

  it('a CSV’s notices come as messages that survive structured cloning', async () => {
    const csv = new Blob(['name,lat,lon\nA,48.1,37.5\nB,,\nC,,\n']);
    const r = await parseFile(csv, 'points.csv');
    if (!r.ok) throw new Error('expected the file to import');
    const cloned = structuredClone(r.notices);
    expect(cloned.map((n) => messageText('uk', n))).toEqual([
      'CSV: 3 рядки, координати зі стовпців "lat" і "lon".',
      '2 рядки не мають координат; їх наведено в таблиці шару, але не показано на мапі.',
    ]);
    expect(cloned.map((n) => messageText('en', n))).toEqual([
      'CSV: 3 rows, coordinates from the columns "lat" and "lon".',
      "2 rows have no coordinates; they are listed in the layer's table but not drawn.",
    ]);
  });

  it('shows a layer kept before messages were data as it was written', () => {
    expect(messageText('uk', 'An older notice.')).toBe('An older notice.');
  });
});
