// Computed checks: the Kupol-to-border distance and unit areas against hand-checked figures, and computed.json up to date.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeAll, OFFICIAL_AREA_KM2, round, serialiseComputed, ukraineUnits } from '../../scripts/computed/compute.ts';
import {
  computedForClaim,
  computedForPlace,
  computedItem,
  computedMethod,
  formatComputed,
  formatComputedLine,
  formatNumber,
  formatReference,
} from '../../src/lib/computed/format.ts';
import type { ComputedData } from '../../src/lib/computed/types.ts';
import { MISSION_REGIONS } from '../../src/lib/model/types.ts';
import { readInputs } from '../../scripts/computed/build.ts';

const root = path.resolve(import.meta.dirname, '../..');
const inputs = readInputs();
const data = computeAll(inputs);
const committed = readFileSync(path.join(root, 'geodata/computed.json'), 'utf8');
const item = (id: string) => {
  const found = computedItem(data, id);
  if (!found) throw new Error(`no computed item ${id}`);
  return found;
};

// An independent great-circle distance, written out here rather than taken from turf.
const R = 6371.0088;
function haversineKm([lng1, lat1]: number[], [lng2, lat2]: number[]): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLng = (lng2 - lng1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}

const IZHEVSK = [53.2045, 56.8498];

describe('Kupol to Ukraine\u2019s border', () => {
  const d = item('kupol-border-distance');

  it('matches distances worked out by hand to border points on the map', () => {
    // Worked by hand (haversine, R = 6371.0088 km) from Izhevsk (53.2045 E, 56.8498 N):
    //   Milove / Chertkovo crossing, Luhansk oblast (40.16 E, 49.37 N)  ~ 1,200 km
    //   Luhansk-Russia border at Izvaryne (39.78 E, 48.33 N)            ~ 1,307 km
    //   Sumy oblast's northern tip (34.10 E, 52.37 N)                   ~ 1,322 km
    // The north-east of Luhansk oblast is the nearest part of Ukraine, so the answer is a little under 1,200 km.
    expect(haversineKm(IZHEVSK, [40.16, 49.37])).toBeCloseTo(1200.4, 0);
    expect(haversineKm(IZHEVSK, [39.78, 48.33])).toBeCloseTo(1307.0, 0);
    expect(haversineKm(IZHEVSK, [34.1, 52.37])).toBeCloseTo(1321.8, 0);
    expect(d.unit).toBe('km');
    expect(d.value).toBeGreaterThan(1170);
    expect(d.value).toBeLessThan(1200.4);
  });

  it('names a nearest point that is that far away and lies in Luhansk oblast\u2019s north-east', () => {
    const p = d.nearest_point!;
    expect(haversineKm(IZHEVSK, p)).toBeCloseTo(d.value, 0);
    expect(p[0]).toBeGreaterThan(39.5);
    expect(p[0]).toBeLessThan(40.3);
    expect(p[1]).toBeGreaterThan(49.3);
    expect(p[1]).toBeLessThan(50.2);
    expect(d.places).toEqual(['kupol-izhevsk', 'UA-09']);
  });

  it('agrees with a brute-force search over the border\u2019s vertices, found without turf by dropping shared edges', () => {
    // Edges used by two units are internal; those used once form the national border.
    const units = ukraineUnits(inputs.regions);
    const edgeCount = new Map<string, number>();
    const key = (a: number[], b: number[]) => [a.join(','), b.join(',')].sort().join('|');
    const vertexOf = new Map<string, number[]>();
    for (const u of units) {
      const polys = u.geometry.type === 'Polygon' ? [u.geometry.coordinates] : u.geometry.coordinates;
      for (const ring of polys.flat()) {
        for (let i = 1; i < ring.length; i++) {
          const k = key(ring[i - 1], ring[i]);
          edgeCount.set(k, (edgeCount.get(k) ?? 0) + 1);
          vertexOf.set(ring[i].join(','), ring[i]);
        }
      }
    }
    let nearestVertexKm = Infinity;
    for (const [k, n] of edgeCount) {
      if (n !== 1) continue;
      for (const v of k.split('|')) nearestVertexKm = Math.min(nearestVertexKm, haversineKm(IZHEVSK, vertexOf.get(v)!));
    }
    // The nearest point of an edge can only be nearer than its nearest vertex, and by less than an edge.
    expect(d.value).toBeLessThanOrEqual(round(nearestVertexKm, 1));
    expect(nearestVertexKm - d.value).toBeLessThan(5);
  });

  it('is set beside the article\u2019s "some 1,300 kilometers" with the difference', () => {
    expect(d.related_claims).toEqual(['kupol-1300-km-from-ukraine']);
    const ref = d.references[0];
    expect(ref.value).toBe(1300);
    expect(ref.difference).toBeCloseTo(d.value - 1300, 1);
    expect(ref.difference_pct).toBeCloseTo(((d.value - 1300) / 1300) * 100, 1);
    expect(d.note).toMatch(/approximate/);
    expect(computedMethod(data, d)).toMatch(/haversine.*6371\.0088 km/);
  });
});

describe('areas and shares', () => {
  const official = OFFICIAL_AREA_KM2;

  it('gives each mission oblast within 3% of its official area', () => {
    for (const id of MISSION_REGIONS) {
      const a = item(`area-${id}`);
      expect(a.unit).toBe('km2');
      expect(Math.abs(a.value - official[id]) / official[id], id).toBeLessThan(0.03);
      expect(a.references[0].value).toBe(official[id]);
    }
  });

  it('agrees with an independent equal-area (Lambert cylindrical) shoelace within 0.5%', () => {
    // On a sphere, x = R·lng, y = R·sin(lat) preserves area, so the shoelace formula there is a
    // second, turf-free measure (edges bend a little differently, hence the tolerance).
    const rad = Math.PI / 180;
    const ringKm2 = (ring: number[][]) => {
      let s = 0;
      for (let i = 1; i < ring.length; i++) {
        const [x1, y1] = [R * ring[i - 1][0] * rad, R * Math.sin(ring[i - 1][1] * rad)];
        const [x2, y2] = [R * ring[i][0] * rad, R * Math.sin(ring[i][1] * rad)];
        s += x1 * y2 - x2 * y1;
      }
      return Math.abs(s) / 2;
    };
    for (const u of ukraineUnits(inputs.regions)) {
      const polys = u.geometry.type === 'Polygon' ? [u.geometry.coordinates] : u.geometry.coordinates;
      const km2 = polys.reduce((sum, rings) => sum + ringKm2(rings[0]) - rings.slice(1).reduce((h, r) => h + ringKm2(r), 0), 0);
      const computed = item(`area-${u.properties.id}`).value;
      expect(Math.abs(computed - km2) / km2, u.properties.id).toBeLessThan(0.005);
    }
  });

  it('sums Ukraine\u2019s 27 units to within 2% of the official 603,628 km\u00B2 and shares to 100%', () => {
    const total = item('area-UA');
    expect(Math.abs(total.value - 603628) / 603628).toBeLessThan(0.02);
    const shares = data.items.filter((i) => /^share-UA-\d\d$/.test(i.id));
    expect(shares).toHaveLength(27);
    expect(shares.reduce((s, i) => s + i.value, 0)).toBeCloseTo(100, 0);
  });

  it('puts the six mission oblasts at 27-29% of Ukraine, close to the share from official areas (27.76%)', () => {
    const m = item('share-mission-oblasts');
    expect(m.value).toBeGreaterThan(27);
    expect(m.value).toBeLessThan(29);
    const officialShare = (MISSION_REGIONS.reduce((sum, id) => sum + official[id], 0) / official.UA) * 100;
    expect(m.references[0].value).toBeCloseTo(officialShare, 2);
    expect(m.places).toEqual([...MISSION_REGIONS]);
  });

  it('says plainly the share is of whole oblasts, not of occupied land, and takes no side on "nearly a fifth"', () => {
    const m = item('share-mission-oblasts');
    expect(m.related_claims).toContain('russia-controls-fifth-of-ukraine');
    expect(m.note).toMatch(/not a measure of occupation/);
    expect(m.note).toMatch(/neither confirms nor refutes/);
    // No reference or difference against the article's fifth: the two measure different things.
    expect(m.references.every((r) => r.value !== 20)).toBe(true);
  });
});

describe('geodata/computed.json', () => {
  it('is what the build script computes now (run `npx tsx scripts/computed/build.ts` if this fails)', () => {
    expect(committed).toBe(serialiseComputed(data));
  });

  it('is deterministic: stable order, fixed rounding, trailing newline', () => {
    expect(serialiseComputed(computeAll(readInputs()))).toBe(serialiseComputed(data));
    expect(committed.endsWith('}\n')).toBe(true);
    const ids = data.items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('points only at claims and places that exist, and at methods it defines', () => {
    const claimIds = new Set(inputs.claims.map((c) => c.id));
    const placeIds = new Set([
      'UA',
      ...inputs.regions.features.map((f) => f.properties.id),
      ...inputs.sites.features.map((f) => f.properties.id),
    ]);
    for (const i of data.items) {
      for (const c of i.related_claims) expect(claimIds.has(c), `${i.id} -> ${c}`).toBe(true);
      for (const p of i.places) expect(placeIds.has(p), `${i.id} -> ${p}`).toBe(true);
      expect(data.methods[i.method], i.id).toBeTruthy();
    }
  });

  it('keeps turf out of the app: only compute.ts imports it, and nothing in src/ imports compute.ts', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
      );
    const computeFile = path.join(root, 'scripts/computed/compute.ts');
    for (const file of walk(path.join(root, 'src/lib/computed'))) {
      if (file === computeFile) continue;
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/@turf/);
      expect(text, file).not.toMatch(/from '\.\/compute/);
    }
  });
});

describe('formatComputed', () => {
  const asData = JSON.parse(committed) as ComputedData;
  const d = computedItem(asData, 'kupol-border-distance')!;

  it('writes the figure with its unit and "computed", in English and Ukrainian', () => {
    expect(formatComputed(d, 'en')).toBe(`${formatNumber(d.value, 0, 'en')}\u00A0km (computed)`);
    expect(formatComputed(d, 'en')).toMatch(/^1,1\d\d\u00A0km \(computed\)$/);
    expect(formatComputed(d, 'uk')).toMatch(/^1\u00A01\d\d\u00A0км \(обчислено\)$/);
    const share = computedItem(asData, 'share-mission-oblasts')!;
    expect(formatComputed(share, 'en')).toMatch(/^2\d\.\d% \(computed\)$/);
    expect(formatComputed(share, 'uk')).toMatch(/^2\d,\d\u00A0% \(обчислено\)$/);
    expect(formatComputed(computedItem(asData, 'share-UA-40')!, 'en')).toMatch(/^0\.\d\d% \(computed\)$/);
    expect(formatComputedLine(d, 'en')).toMatch(/^Distance from the Kupol plant .*: 1,1\d\d\u00A0km \(computed\)$/);
  });

  it('writes references with a signed difference, in percentage points for shares', () => {
    expect(formatReference(d.references[0], 'en')).toMatch(
      /^the article's 'some 1,300 kilometers': 1,300\u00A0km; difference \u22121\d\d\u00A0km \(\u2212\d\.\d%\)$/,
    );
    const share = computedItem(asData, 'share-mission-oblasts')!;
    expect(formatReference(share.references[0], 'en')).toMatch(/percentage points/);
    expect(formatNumber(-0.001, 2, 'en')).toBe('0.00');
    expect(formatNumber(1234567.5, 1, 'uk')).toBe('1\u00A0234\u00A0567,5');
  });

  it('finds the figures beside a claim and about a place', () => {
    expect(computedForClaim(asData, 'kupol-1300-km-from-ukraine').map((i) => i.id)).toEqual(['kupol-border-distance']);
    expect(computedForClaim(asData, 'russia-controls-fifth-of-ukraine').map((i) => i.id)).toEqual([
      'share-mission-oblasts',
      'share-luhansk-donetsk',
      'share-crimea-sevastopol',
    ]);
    expect(computedForPlace(asData, 'UA-59').map((i) => i.id)).toEqual(['share-mission-oblasts', 'area-UA-59', 'share-UA-59']);
  });
});
