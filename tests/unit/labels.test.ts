// One label per place, mission oblasts' names first: the label layers' filters and order over the real geodata.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { featureFilter, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { buildPlaces } from '../../src/lib/model/places';
import { buildStyle } from '../../src/lib/layers/style';
import { REGION_LABELS, siteLabelId, siteSymbolId } from '../../src/lib/layers/ids';
import { MISSION_REGIONS } from '../../src/lib/model/types';
import { edgePointer, EDGE_INSET } from '../../src/lib/map/edgePointer';

const read = (p: string) => JSON.parse(readFileSync(new URL(`../../geodata/${p}`, import.meta.url), 'utf8'));
const places = buildPlaces(read('region-labels.geojson'), read('sites.geojson'));
const cities = (read('basemap/basemap.geojson').features as { properties: Record<string, unknown> }[])
  .map((f) => f.properties)
  .filter((p) => p.layer === 'city');
const statuses = Object.fromEntries(places.map((p) => [p.id, 'no-claims' as const]));

function layers(visibleIds = places.map((p) => p.id)): (LayerSpecification & { filter?: unknown })[] {
  return buildStyle({ tiles: 't/{z}/{x}/{y}', glyphs: 'g/{fontstack}/{range}', places, statuses, visibleIds, lang: 'en' }).layers;
}
const passes = (filter: unknown, properties: Record<string, unknown>) =>
  featureFilter(filter as FilterSpecification, 'layers[0].filter').filter({ zoom: 5 }, {
    type: 1,
    properties,
    geometry: [],
  } as never);

describe('map labels', () => {
  it('label no place twice: a site’s own city and a city region’s city are left out of the basemap’s cities', () => {
    const cityLayer = layers().find((l) => l.id === 'cities-label')!;
    const labelled = cities.filter((c) => passes(cityLayer.filter, c)).map((c) => c.name_en);
    for (const name of ['Kyiv', 'Sievierodonetsk', 'Izhevsk', 'Sevastopol']) expect(labelled).not.toContain(name);
    for (const name of ['Kharkiv', 'Dnipro', 'Moscow']) expect(labelled).toContain(name);
  });

  it('names Kyiv city by its site while the site is shown, by the region otherwise', () => {
    const regionLabels = (visible?: string[]) => layers(visible).find((l) => l.id === REGION_LABELS)!;
    expect(passes(regionLabels().filter, { id: 'UA-30' })).toBe(false);
    expect(passes(regionLabels().filter, { id: 'UA-09' })).toBe(true);
    const withoutKyivSite = places.map((p) => p.id).filter((id) => id !== 'kyiv');
    expect(passes(regionLabels(withoutKyivSite).filter, { id: 'UA-30' })).toBe(true);
  });

  it('places the mission oblasts’ names first, above the sites’ and the cities’ names, under the markers', () => {
    const all = layers();
    const at = (id: string) => all.findIndex((l) => l.id === id);
    const regionLabels = all[at(REGION_LABELS)];
    expect(regionLabels.layout).toHaveProperty('symbol-sort-key');
    const key = (regionLabels.layout as Record<string, unknown>)['symbol-sort-key'];
    expect(key).toEqual(['match', ['get', 'id'], [...MISSION_REGIONS], 0, 1]);
    // MapLibre places labels from the top layer down: higher in the list wins a collision.
    expect(at(REGION_LABELS)).toBeGreaterThan(at('cities-label'));
    expect(at(REGION_LABELS)).toBeGreaterThan(at(siteLabelId('sievierodonetsk')));
    expect(at(siteSymbolId('kupol-izhevsk'))).toBeGreaterThan(at(REGION_LABELS));
  });
});

describe('the pointer toward a place off the map', () => {
  it('is not shown for a point on the map', () => {
    expect(edgePointer({ x: 100, y: 100 }, 390, 796)).toBeNull();
  });

  it('sits on the edge toward the point, inside the map and clear of its controls', () => {
    const east = edgePointer({ x: 2000, y: 100 }, 390, 796)!;
    expect(east.x).toBeCloseTo(390 - EDGE_INSET.right);
    expect(east.alignX).toBeCloseTo(1);
    expect(east.y).toBeGreaterThanOrEqual(EDGE_INSET.top);
    expect(east.y).toBeLessThanOrEqual(796 - EDGE_INSET.bottom);
    expect(east.angle).toBeLessThan(0); // up and to the right
    const north = edgePointer({ x: 195, y: -5000 }, 390, 796)!;
    expect(north.y).toBeCloseTo(EDGE_INSET.top);
    expect(north.alignY).toBeCloseTo(0);
  });
});
