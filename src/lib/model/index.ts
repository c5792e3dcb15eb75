// One import point for the data model: shared types, the schema check and quote matching.
export * from './types.ts';
export * from './quote.ts';
export * from './check.ts';
