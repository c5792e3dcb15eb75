// The authoring page's calls to its local endpoint (scripts/author/server.ts); same origin, JSON only.
import type { Claim, Source } from '../model/types.ts';

export const API = '/__author/api/';

export interface SiteProps {
  id: string;
  name_en: string;
  name_uk?: string;
  kind: string;
  region: string;
  basis: string;
  precision: string;
}

export interface AuthorState {
  sources: (Source & { claimCount: number })[];
  claims: Claim[];
  regions: { id: string; name_en: string; name_uk?: string }[];
  sites: SiteProps[];
}

/** A refusal from the endpoint: its message and, for data problems, one line each. */
export class ApiError extends Error {
  constructor(
    message: string,
    public problems: string[] = [],
  ) {
    super(message);
  }
}

async function call<T>(route: string, body?: unknown): Promise<T> {
  const res = await fetch(API + route, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  let data: unknown;
  try {
    data = await res.json();
  } catch {
    throw new ApiError(`the endpoint answered ${res.status} without JSON`);
  }
  if (!res.ok) {
    const d = data as { error?: string; problems?: string[] };
    throw new ApiError(d?.error ?? `error ${res.status}`, Array.isArray(d?.problems) ? d.problems : []);
  }
  return data as T;
}

export const api = {
  state: () => call<AuthorState>('state'),
  text: (id: string) => call<{ text: string }>(`text?id=${encodeURIComponent(id)}`).then((r) => r.text),
  saveArticle: (article: ArticleFields & { id?: string }) => call<{ source: Source }>('article', article).then((r) => r.source),
  saveClaim: (claim: Claim, previousId?: string) => call<{ claim: Claim }>('claim', { claim, previousId }).then((r) => r.claim),
  deleteClaim: (id: string) => call<{ deleted: string }>('delete-claim', { id }),
};

export interface ArticleFields {
  title: string;
  byline: string;
  outlet: string;
  published: string;
  url: string;
  text: string;
}
