// The JSON Schemas of the data files (claims, sources, sites), built from the model's closed lists: geodata/schema/*.schema.json are written from these.
// What a schema cannot say stays in check.ts: quotes found verbatim, places known, ids unique, disputes both ways, sha256 of the text.
import { CLAIM_KINDS, CLAIM_STATUSES, DATE_BASES, DATE_PRECISIONS, SITE_PRECISIONS } from './types.ts';

const ID = { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', description: 'lower-case words joined by single hyphens' };
const TEXT = { type: 'string', pattern: '\\S', description: 'a non-empty string' };
const SOURCE_DATE = {
  type: ['string', 'null'],
  pattern: '^\\d{4}(?:-\\d{2}(?:-\\d{2}(?:T[\\d:.]+(?:Z|[+-]\\d{2}:\\d{2})?)?)?)?$',
};

const EVENT_DATE = {
  type: 'object',
  description: 'The date of what the claim is about, at the precision the text gives.',
  additionalProperties: false,
  required: ['value', 'precision', 'basis'],
  properties: {
    value: {
      type: ['string', 'null'],
      description: 'ISO 8601 at the stated precision ("2025-07-04", "2025-07", "2022"); null when unknown',
    },
    precision: { enum: [...DATE_PRECISIONS] },
    basis: {
      enum: [...DATE_BASES],
      description: '"stated" when the article gives the date, "inferred" when the editor worked it out',
    },
    note: { ...TEXT, description: 'required when basis is "inferred": what the date was worked out from' },
    note_uk: { ...TEXT, description: "the editor's Ukrainian translation of note" },
  },
  allOf: [
    { if: { properties: { precision: { const: 'unknown' } } }, then: { properties: { value: { type: 'null' } } } },
    {
      if: { properties: { precision: { const: 'year' } } },
      then: { properties: { value: { type: 'string', pattern: '^\\d{4}$' } } },
    },
    {
      if: { properties: { precision: { const: 'month' } } },
      then: { properties: { value: { type: 'string', pattern: '^\\d{4}-(?:0[1-9]|1[0-2])$' } } },
    },
    {
      if: { properties: { precision: { const: 'day' } } },
      then: { properties: { value: { type: 'string', pattern: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$' } } },
    },
    { if: { properties: { basis: { const: 'inferred' } } }, then: { required: ['note'] } },
    { if: { required: ['note_uk'] }, then: { required: ['note'] } },
  ],
};

const CLAIM = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'source', 'quote', 'places', 'kind', 'claimant', 'status', 'event_date', 'summary', 'disputes'],
  properties: {
    id: ID,
    source: { ...ID, description: 'the source id; the file is claims/<source>.json' },
    quote: { ...TEXT, description: "the article's own words, found verbatim in its text" },
    places: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { type: 'string', minLength: 1 },
      description: 'region ids (ISO 3166-2), site ids, or "UA"; a site comes with its region',
    },
    kind: { enum: [...CLAIM_KINDS] },
    claimant: { ...TEXT, description: 'who asserts it, as the article attributes it' },
    status: { enum: [...CLAIM_STATUSES] },
    event_date: EVENT_DATE,
    summary: { ...TEXT, description: "the editor's neutral summary" },
    disputes: {
      type: 'array',
      uniqueItems: true,
      items: ID,
      description: 'ids of claims this one contradicts (each lists this one back)',
    },
    note: { ...TEXT, description: "the editor's note" },
    summary_uk: { ...TEXT, description: "the editor's Ukrainian translation of summary (never of the quote)" },
    note_uk: { ...TEXT, description: "the editor's Ukrainian translation of note" },
    claimant_uk: { ...TEXT, description: "the editor's Ukrainian translation of claimant" },
  },
  allOf: [
    { if: { properties: { status: { const: 'disputed' } } }, then: { properties: { disputes: { minItems: 1 } } } },
    { if: { required: ['note_uk'] }, then: { required: ['note'] } },
  ],
};

export const claimsSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'claims.schema.json',
  title: 'Claims of one source (geodata/claims/<source-id>.json)',
  type: 'array',
  items: CLAIM,
};

export const sourcesSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'sources.schema.json',
  title: 'The articles (geodata/sources/sources.json)',
  type: 'array',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'title', 'byline', 'text', 'sha256'],
    properties: {
      id: ID,
      title: TEXT,
      byline: { type: ['string', 'null'], pattern: '\\S', description: 'the author as the article names one; null when none' },
      credits: { type: 'array', items: TEXT },
      outlet: { type: ['string', 'null'], pattern: '\\S' },
      published: SOURCE_DATE,
      retrieved: SOURCE_DATE,
      url: { type: ['string', 'null'], pattern: '^https?://\\S+$' },
      text: { ...TEXT, description: 'file name of the verbatim text, next to sources.json' },
      sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
      seed: { type: ['string', 'null'], pattern: '\\S' },
      note: { type: ['string', 'null'], pattern: '\\S' },
    },
  },
};

export const sitesSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'sites.schema.json',
  title: 'Point places (geodata/sites.geojson)',
  type: 'object',
  required: ['type', 'features'],
  properties: {
    type: { const: 'FeatureCollection' },
    features: {
      type: 'array',
      items: {
        type: 'object',
        required: ['type', 'properties', 'geometry'],
        properties: {
          type: { const: 'Feature' },
          properties: {
            type: 'object',
            required: ['id', 'name_en', 'kind', 'precision', 'basis', 'region'],
            properties: {
              id: ID,
              name_en: TEXT,
              name_uk: TEXT,
              kind: TEXT,
              precision: { enum: [...SITE_PRECISIONS] },
              basis: { ...TEXT, description: 'how the position was found' },
              region: { type: 'string', pattern: '^[A-Z]{2}-[A-Z0-9]{1,3}$', description: 'the region id the point lies in' },
              capital: { type: 'boolean' },
            },
          },
          geometry: {
            type: 'object',
            required: ['type', 'coordinates'],
            properties: {
              type: { const: 'Point' },
              coordinates: { type: 'array', minItems: 2, maxItems: 3, items: { type: 'number' } },
            },
          },
        },
      },
    },
  },
};

/** Schema file name (under geodata/schema/) to schema, and the data files each one describes. */
export const SCHEMA_FILES = {
  'claims.schema.json': { schema: claimsSchema, files: ['claims/*.json'] },
  'sources.schema.json': { schema: sourcesSchema, files: ['sources/sources.json'] },
  'sites.schema.json': { schema: sitesSchema, files: ['sites.geojson'] },
} as const;
