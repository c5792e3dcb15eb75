// Byte-level gate for imported files: names binary formats, rejects binary garbage and non-UTF-8 text, decodes the rest.

/** "512 bytes", "4.0 KB", "62.4 MB" — binary units, as file managers show sizes. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} byte${n === 1 ? '' : 's'}`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  if (bytes.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false;
  return true;
}

// People drop the wrong file more often than a hostile one; naming the format tells them what to do.
const SIGNATURES: ReadonlyArray<{ sig: readonly number[]; what: string; advice?: string }> = [
  {
    sig: [0x50, 0x4b, 0x03, 0x04],
    what: 'a ZIP archive',
    advice: 'It may be a zipped shapefile or an office document; unzip it and choose the .geojson file inside.',
  },
  { sig: [0x50, 0x4b, 0x05, 0x06], what: 'an empty ZIP archive' },
  { sig: [0x1f, 0x8b], what: 'a gzip-compressed file', advice: 'Decompress it first.' },
  { sig: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { sig: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { sig: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { sig: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  {
    sig: [0x00, 0x00, 0x27, 0x0a],
    what: 'an ESRI shapefile (.shp)',
    advice: 'Convert it to GeoJSON first (e.g. with QGIS or ogr2ogr).',
  },
  {
    sig: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66],
    what: 'an SQLite database',
    advice: 'If it is a GeoPackage, export the layer as GeoJSON first.',
  },
  { sig: [0x1a, 0x45, 0xdf, 0xa3], what: 'a video file' },
];

const SAMPLE = 64 * 1024;

/**
 * Says why `bytes` cannot be a GeoJSON text file, or null if it might be one.
 * Raw control characters are never valid anywhere in JSON, so a file full of them is binary;
 * a stray one is left for the JSON check, which can point at its line.
 */
export function sniffBinary(bytes: Uint8Array): string | null {
  for (const { sig, what, advice } of SIGNATURES) {
    if (startsWith(bytes, sig))
      return `This file is ${what}, not map data this viewer reads (GeoJSON, TopoJSON, KML, KMZ, GPX or CSV).${advice ? ` ${advice}` : ''}`;
  }
  if (
    startsWith(bytes, [0xff, 0xfe]) ||
    startsWith(bytes, [0xfe, 0xff]) ||
    (bytes.length >= 4 && bytes[0]! < 0x80 && bytes[0] !== 0 && bytes[1] === 0 && bytes[3] === 0)
  ) {
    return 'This file is text saved as UTF-16; imported files must be UTF-8. Save it again as UTF-8 and retry.';
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return `This file looks like binary data, not a text file: it contains a zero byte at offset ${nul}, which never occurs in a text file.`;
  }
  const end = Math.min(bytes.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 13) || b === 0x7f) controls++;
  }
  if (controls >= 8 && controls / end > 0.01) {
    return `This file looks like binary data, not a text file: ${controls} control characters in its first ${formatBytes(end)}.`;
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

export type DecodeResult = { ok: true; text: string } | { ok: false; error: string };

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
      return { ok: false, error: 'This file looks like binary data, not a text file: it is not readable as UTF-8 text.' };
    }
    let line = 1;
    for (let i = bytes.indexOf(10); i !== -1 && i < at; i = bytes.indexOf(10, i + 1)) line++;
    const byte = at >= 0 ? `0x${bytes[at]!.toString(16).toUpperCase().padStart(2, '0')}` : 'a byte';
    return {
      ok: false,
      error:
        `This file is not valid UTF-8 text: ${byte} at byte offset ${Math.max(at, 0)} (line ${line}) does not form a character. ` +
        'Imported files must be UTF-8; if it was saved in another encoding (such as Windows-1252 or Latin-1), save it again as UTF-8.',
    };
  }
}
