// The map style is data: check every layer against the MapLibre style spec and the per-place layer contract.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { buildPlaces } from '../../src/lib/model/places';
import { buildStyle, layerOwner } from '../../src/lib/layers/style';
import { regionLook } from '../../src/lib/layers/regions';
import { PLACE_STATUSES } from '../../src/lib/model/placeStatus';
import { STATUS_LOOK as PLACE_STATUS_STYLE } from '../../src/lib/layers/theme';
import { MISSION_REGIONS, MISSION_SITES } from '../../src/lib/model/types';
import { CLUSTER_MIN_POINTS, importedLayers, importedSource } from '../../src/lib/layers/imported';
import { LABEL_FONT } from '../../src/lib/layers/glyphs';

const read = (p: string) => JSON.parse(readFileSync(new URL(`../../geodata/${p}`, import.meta.url), 'utf8'));
const labels = read('region-labels.geojson');
const sites = read('sites.geojson');
const places = buildPlaces(labels, sites);
const statuses = Object.fromEntries(places.map((p) => [p.id, 'no-claims' as const]));
const tiles = 'http://127.0.0.1/tiles/{z}/{x}/{y}.pbf';
const glyphs = 'http://127.0.0.1/glyphs/{fontstack}/{range}.pbf';

function style(visibleIds = places.map((p) => p.id), lang: 'en' | 'uk' = 'en') {
  return buildStyle({ tiles, glyphs, places, statuses, visibleIds, lang });
}

describe('map style', () => {
  it('is valid by the MapLibre style spec, in both languages', () => {
    expect(validateStyleMin(style()).map((e) => e.message)).toEqual([]);
    expect(validateStyleMin(style(undefined, 'uk')).map((e) => e.message)).toEqual([]);
  });

  // The map skips MapLibre's own style validation at run time (validateStyle: false), so every
  // layer the app adds later must be checked here too.
  it('keeps imported layers valid by the style spec, clustered or not', () => {
    const base = style();
    const points = { type: 'FeatureCollection' as const, features: [] };
    const few = importedSource(points, 10);
    const many = importedSource(points, CLUSTER_MIN_POINTS + 1);
    expect('cluster' in few).toBe(false);
    expect(many).toMatchObject({ cluster: true });
    const withImports = {
      ...base,
      sources: { ...base.sources, 'import-1': few, 'import-2': many },
      layers: [...base.layers, ...importedLayers('import-1', 0), ...importedLayers('import-2', 1)],
    };
    expect(validateStyleMin(withImports).map((e) => e.message)).toEqual([]);
  });

  it('has unique, fixed layer ids and asks no other host for glyphs or sprites', () => {
    const s = style();
    const ids = s.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(s.glyphs).toBe(glyphs);
    expect(s.sprite).toBeUndefined();
    expect(style().layers.map((l) => l.id)).toEqual(ids);
  });

  // A text layer without `text-font` asks for MapLibre's default stack, which the site does not ship.
  it('sets the shipped font on every layer with text, imported ones included', () => {
    const layers = [...style().layers, ...importedLayers('import-1', 0)];
    const text = layers.filter((l) => l.type === 'symbol' && l.layout && 'text-field' in l.layout);
    expect(text.length).toBeGreaterThan(3);
    for (const l of text) expect((l.layout as Record<string, unknown>)['text-font'], l.id).toEqual(LABEL_FONT);
  });

  it('gives each mission oblast its own fill and outline layer and each site its own symbol', () => {
    const ids = new Set(style().layers.map((l) => l.id));
    for (const id of MISSION_REGIONS) {
      for (const layer of [`region-fill-${id}`, `region-line-${id}`]) expect(ids.has(layer), layer).toBe(true);
    }
    for (const id of MISSION_SITES) expect(ids.has(`site-symbol-${id}`)).toBe(true);
  });

  it('starts hidden places hidden, so the first frame matches the layer panel', () => {
    const s = style(places.filter((p) => p.id !== 'UA-09').map((p) => p.id));
    for (const layer of s.layers.filter((l) => layerOwner(l.id) === 'UA-09')) {
      expect(layer.layout?.visibility, layer.id).toBe('none');
    }
    expect(layerOwner('region-fill-context')).toBeNull();
    expect(layerOwner('site-label-kupol-izhevsk')).toBe('kupol-izhevsk');
  });

  it('draws every status differently by more than colour', () => {
    const signature = (s: (typeof PLACE_STATUSES)[number]) => {
      const look = regionLook(s);
      return `${look.patternImage}|${look.lineWidth}|${look.fillOpacity}`;
    };
    const byColour = new Map<string, (typeof PLACE_STATUSES)[number][]>();
    for (const s of PLACE_STATUSES)
      byColour.set(PLACE_STATUS_STYLE[s].color, [...(byColour.get(PLACE_STATUS_STYLE[s].color) ?? []), s]);
    // Statuses sharing a colour must differ in pattern, outline width or fill strength.
    for (const group of byColour.values()) expect(new Set(group.map(signature)).size).toBe(group.length);
    expect(new Set(PLACE_STATUSES.map((s) => `${PLACE_STATUS_STYLE[s].color}|${signature(s)}`)).size).toBe(PLACE_STATUSES.length);
  });
});
