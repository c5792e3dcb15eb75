// Times the GeoJSON import's validation of 100 000 points, the size the performance target names.
import { describe, expect, it } from 'vitest';
import { validateGeoJsonBytes } from '../../src/lib/import/validate.ts';

function hundredThousandPoints(): Uint8Array {
  const kinds = ['strike', 'shelling', 'drone', 'missile'];
  const parts: string[] = [];
  for (let i = 0; i < 100_000; i++) {
    // Deterministic spread over Ukraine, 5 decimals as exports usually have.
    const lon = (22 + ((i * 7919) % 18_000) / 1000).toFixed(5);
    const lat = (44.5 + ((i * 104_729) % 8_000) / 1000).toFixed(5);
    const date = `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    parts.push(
      `{"type":"Feature","properties":{"kind":"${kinds[i % 4]}","date":"${date}"},"geometry":{"type":"Point","coordinates":[${lon},${lat}]}}`,
    );
  }
  return new TextEncoder().encode(`{"type":"FeatureCollection","features":[\n${parts.join(',\n')}\n]}\n`);
}

describe('import performance', () => {
  it('validates 100 000 points well within the budget', () => {
    const bytes = hundredThousandPoints();
    validateGeoJsonBytes(bytes.subarray(0, 0)); // load the code paths once
    // CPU time as well as wall time: on a shared machine the wall clock mostly measures the neighbours.
    const measure = (crossCheck: boolean) => {
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      const r = validateGeoJsonBytes(bytes, { crossCheck });
      const wall = performance.now() - t0;
      const d = process.cpuUsage(cpu0);
      if (!r.ok) throw new Error(r.error.key);
      return { wall, cpu: (d.user + d.system) / 1000, features: r.stats.features };
    };
    const runs = [measure(true), measure(true), measure(true)];
    const bare = measure(false);
    const best = Math.min(...runs.map((r) => r.cpu));
    console.log(
      `import perf: ${(bytes.byteLength / 1e6).toFixed(1)} MB, ${runs[0]!.features} points, decode + parse + validate + cross-check: ` +
        `${runs.map((r) => `${r.cpu.toFixed(0)} ms CPU / ${r.wall.toFixed(0)} ms wall`).join(', ')}; ` +
        `without the geojson-validation cross-check ${bare.cpu.toFixed(0)} ms CPU`,
    );
    expect(runs[0]!.features).toBe(100_000);
    // Generous: the real budget is the whole import in 4 s on 2 cores; validation should take a fraction of it.
    expect(best).toBeLessThan(3000);
  });
});
