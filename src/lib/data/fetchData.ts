// Fetches one run-time data file and checks it is what the viewer expects: there, whole, of this format and data version.
import { DATA_FOLDER, DATA_FORMAT } from '../model/corpus';

export type DataFault = 'missing' | 'corrupt' | 'version' | 'network';

/** A data file that could not be used, with the reason a reader is told. */
export class DataError extends Error {
  constructor(
    readonly fault: DataFault,
    readonly file: string,
    detail: string,
  ) {
    super(`${DATA_FOLDER}/${file}: ${detail}`);
    this.name = 'DataError';
  }
}

/** Resolved against the page, so the site works from any sub-path. */
export function dataUrl(file: string): string {
  return new URL(`${DATA_FOLDER}/${file}`, document.baseURI).href;
}

/**
 * `version` is the index's data version: a shard of another version belongs to other data (the site
 * was updated while the page was open) and is refused rather than mixed in. `fresh` skips the HTTP
 * cache (the index, whose name carries no hash).
 */
export async function fetchDataFile<T extends { format?: unknown; version?: unknown }>(
  file: string,
  version: string | null,
  fresh = false,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(dataUrl(file), fresh ? { cache: 'no-cache' } : {});
  } catch (err) {
    throw new DataError('network', file, err instanceof Error ? err.message : String(err));
  }
  if (response.status === 404 || response.status === 410) throw new DataError('missing', file, `HTTP ${response.status}`);
  if (!response.ok) throw new DataError('network', file, `HTTP ${response.status}`);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new DataError('corrupt', file, 'not valid JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new DataError('corrupt', file, 'not a data file');
  const data = body as T;
  if (data.format !== DATA_FORMAT) throw new DataError('version', file, `format ${String(data.format)}, expected ${DATA_FORMAT}`);
  if (version !== null && data.version !== version) {
    throw new DataError('version', file, `data version ${String(data.version)}, expected ${version}`);
  }
  return data;
}
