// Byte-level gate for imported files: names binary formats, rejects binary garbage and non-UTF-8 text, decodes the rest.
import type { Lang } from '../i18n/strings';
import { byteSize, msg, type ImportMessage } from './message.ts';
import type { MessageKey } from './messageText.ts';

const ONE_DECIMAL: Record<Lang, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false }),
  uk: new Intl.NumberFormat('uk', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};

/** "512 bytes", "4.0 KB", "62.4 MB" (in Ukrainian "512 байтів", "4,0 КБ", "62,4 МБ") — binary units, as file managers show sizes. */
export function formatBytes(n: number, lang: Lang = 'en'): string {
  if (lang === 'uk') {
    if (n < 1024) {
      const form = new Intl.PluralRules('uk').select(n);
      return `${n} ${form === 'one' ? 'байт' : form === 'few' ? 'байти' : 'байтів'}`;
    }
    if (n < 1024 * 1024) return `${ONE_DECIMAL.uk.format(n / 1024)} КБ`;
    return `${ONE_DECIMAL.uk.format(n / (1024 * 1024))} МБ`;
  }
  if (n < 1024) return `${n} byte${n === 1 ? '' : 's'}`;
  if (n < 1024 * 1024) return `${ONE_DECIMAL.en.format(n / 1024)} KB`;
  return `${ONE_DECIMAL.en.format(n / (1024 * 1024))} MB`;
}

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  if (bytes.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false;
  return true;
}

// People drop the wrong file more often than a hostile one; naming the format tells them what to do.
const SIGNATURES: ReadonlyArray<{ sig: readonly number[]; what: MessageKey; advice?: MessageKey }> = [
  { sig: [0x50, 0x4b, 0x03, 0x04], what: 'fileZip', advice: 'adviceZip' },
  { sig: [0x50, 0x4b, 0x05, 0x06], what: 'fileEmptyZip' },
  { sig: [0x1f, 0x8b], what: 'fileGzip', advice: 'adviceGzip' },
  { sig: [0x25, 0x50, 0x44, 0x46], what: 'filePdf' },
  { sig: [0x89, 0x50, 0x4e, 0x47], what: 'filePng' },
  { sig: [0xff, 0xd8, 0xff], what: 'fileJpeg' },
  { sig: [0x47, 0x49, 0x46, 0x38], what: 'fileGif' },
  { sig: [0x00, 0x00, 0x27, 0x0a], what: 'fileShapefile', advice: 'adviceShapefile' },
  { sig: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], what: 'fileSqlite', advice: 'adviceSqlite' },
  { sig: [0x1a, 0x45, 0xdf, 0xa3], what: 'fileVideo' },
];

const SAMPLE = 64 * 1024;

/**
 * Says why `bytes` cannot be a GeoJSON text file, or null if it might be one.
 * Raw control characters are never valid anywhere in JSON, so a file full of them is binary;
 * a stray one is left for the JSON check, which can point at its line.
 */
export function sniffBinary(bytes: Uint8Array): ImportMessage | null {
  for (const { sig, what, advice } of SIGNATURES) {
    if (startsWith(bytes, sig)) return msg('notMapData', { what: msg(what), advice: advice ? msg(advice) : '' });
  }
  if (
    startsWith(bytes, [0xff, 0xfe]) ||
    startsWith(bytes, [0xfe, 0xff]) ||
    (bytes.length >= 4 && bytes[0]! < 0x80 && bytes[0] !== 0 && bytes[1] === 0 && bytes[3] === 0)
  ) {
    return msg('utf16');
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return msg('binaryZeroByte', { offset: String(nul) });
  const end = Math.min(bytes.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 13) || b === 0x7f) controls++;
  }
  if (controls >= 8 && controls / end > 0.01) {
    return msg('binaryControls', { n: controls, size: byteSize(end) });
  }
  return null;
}

/** Offset of the first byte that breaks UTF-8, or -1. Only used to explain a failed strict decode. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are what a strict decoder refuses too.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}

function countInvalidUtf8(bytes: Uint8Array, limit: number): number {
  let count = 0;
  let view = bytes.subarray(0, Math.min(bytes.length, SAMPLE));
  for (;;) {
    const at = firstInvalidUtf8(view);
    if (at === -1 || ++count >= limit) return count;
    view = view.subarray(at + 1);
  }
}

export type DecodeResult = { ok: true; text: string } | { ok: false; error: ImportMessage };

/**
 * Strict UTF-8 decode. A lenient decoder would turn garbage into U+FFFD and hand it on as "text";
 * refusing instead lets the message say what is wrong with the file.
 */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  try {
    // ignoreBOM false (the default) strips a leading UTF-8 byte-order mark, which some editors write.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    if (countInvalidUtf8(bytes, 8) >= 8) {
      return { ok: false, error: msg('binaryNotUtf8') };
    }
    let line = 1;
    for (let i = bytes.indexOf(10); i !== -1 && i < at; i = bytes.indexOf(10, i + 1)) line++;
    const byte = at >= 0 ? `0x${bytes[at]!.toString(16).toUpperCase().padStart(2, '0')}` : msg('aByte');
    return { ok: false, error: msg('notUtf8', { byte, offset: String(Math.max(at, 0)), line: String(line) }) };
  }
}
