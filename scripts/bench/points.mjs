// The bench's big import: 100,000 points over Ukraine, the same bytes on every run (seeded PRNG).
import { mulberry32 } from '../lib/mulberry32.mjs';
import { writeFileSync } from 'node:fs';

const KINDS = ['control', 'advance', 'attack', 'strike', 'troop-buildup', 'statement', 'humanitarian'];
const DAY = 86_400_000;
const FIRST = Date.UTC(2022, 1, 24);
const LAST = Date.UTC(2025, 6, 31);

const generator = mulberry32;

export function writePoints(path, count = 100_000, seed = 20250701) {
  const random = generator(seed);
  const days = Math.floor((LAST - FIRST) / DAY);
  const parts = new Array(count);
  for (let i = 0; i < count; i++) {
    const lng = (22.1 + random() * (40.2 - 22.1)).toFixed(5);
    const lat = (44.4 + random() * (52.4 - 44.4)).toFixed(5);
    const kind = KINDS[Math.floor(random() * KINDS.length)];
    const date = new Date(FIRST + Math.floor(random() * days) * DAY).toISOString().slice(0, 10);
    parts[i] =
      `{"type":"Feature","geometry":{"type":"Point","coordinates":[${lng},${lat}]},"properties":{"kind":"${kind}","date":"${date}"}}`;
  }
  writeFileSync(path, `{"type":"FeatureCollection","features":[\n${parts.join(',\n')}\n]}\n`);
  return path;
}
