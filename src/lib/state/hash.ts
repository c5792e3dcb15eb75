// The URL hash as a permalink: parse it into view state and write view state back, nothing else.
import type { Lang } from '../i18n/strings';
import { CLAIM_KINDS, type ClaimKind } from '../model/types';

export interface Selection {
  kind: 'region' | 'site';
  id: string;
}

export interface MapView {
  zoom: number;
  lat: number;
  lng: number;
}

export interface HashState {
  selection: Selection | null;
  view: MapView | null;
  /** Ids of visible place layers; null means the default (all visible). */
  layers: string[] | null;
  lang: Lang | null;
  from: string | null;
  to: string | null;
  /** Claim id whose quote the source reader shows. */
  read: string | null;
  /** The assessment of control shown: its "Assessed by" name and date (the file stays on the reader's machine). */
  assess?: { name: string; date: string } | null;
  /** The claims panel's filters and the timeline's "Include undated" (false only when unticked). */
  kinds?: ClaimKind[];
  claimant?: string | null;
  source?: string | null;
  /** The search text. */
  q?: string | null;
  undated?: boolean;
  /** The compact layout for an <iframe> in another page: no side panel. */
  embed?: boolean;
}

export const EMPTY_HASH: HashState = {
  selection: null,
  view: null,
  layers: null,
  lang: null,
  from: null,
  to: null,
  read: null,
  assess: null,
  kinds: [],
  claimant: null,
  source: null,
  q: null,
  undated: true,
};

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,80}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** An "Assessed by" name: 1-80 characters, no control characters. */
// eslint-disable-next-line no-control-regex
const ASSESSOR = /^[^\u0000-\u001f\u007f]{1,80}$/;
/** A claimant or search text: 1-200 characters, no control characters. */
// eslint-disable-next-line no-control-regex
const FREE_TEXT = /^[^\u0000-\u001f\u007f]{1,200}$/;

/** "name~YYYY-MM-DD" (the name may itself hold a "~": the last one splits). */
function parseAssess(text: string): { name: string; date: string } | null {
  const at = text.lastIndexOf('~');
  if (at < 1) return null;
  const name = text.slice(0, at).trim();
  const date = text.slice(at + 1);
  return ASSESSOR.test(name) && DAY.test(date) ? { name, date } : null;
}

function parseView(text: string): MapView | null {
  const parts = text.split('/').map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [zoom, lat, lng] = parts;
  if (zoom < 0 || zoom > 22 || Math.abs(lat) > 85 || Math.abs(lng) > 180) return null;
  return { zoom, lat, lng };
}

/** Reads a hash such as "#region=UA-09&view=5/48.5/37" ; anything malformed is ignored, not thrown. */
export function parseHash(hash: string): HashState {
  const out: HashState = { ...EMPTY_HASH };
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const kind of ['region', 'site'] as const) {
    const id = params.get(kind);
    if (id && ID.test(id)) out.selection = { kind, id };
  }
  const view = params.get('view');
  if (view) out.view = parseView(view);
  const layers = params.get('layers');
  if (layers !== null) out.layers = layers === '' ? [] : layers.split(',').filter((id) => ID.test(id));
  const lang = params.get('lang');
  if (lang === 'en' || lang === 'uk') out.lang = lang;
  const from = params.get('from');
  if (from && MONTH.test(from)) out.from = from;
  const to = params.get('to');
  if (to && MONTH.test(to)) out.to = to;
  const read = params.get('read');
  if (read && ID.test(read)) out.read = read;
  const assess = params.get('assess');
  if (assess) out.assess = parseAssess(assess);
  const kinds = params.get('kind');
  if (kinds)
    out.kinds = [...new Set(kinds.split(','))].filter((k): k is ClaimKind => (CLAIM_KINDS as readonly string[]).includes(k));
  const claimant = params.get('claimant');
  if (claimant && FREE_TEXT.test(claimant)) out.claimant = claimant;
  const source = params.get('source');
  if (source && ID.test(source)) out.source = source;
  const q = params.get('q');
  if (q && q.trim() && FREE_TEXT.test(q)) out.q = q;
  if (params.get('undated') === '0') out.undated = false;
  if (params.get('embed') === '1') out.embed = true;
  return out;
}

/** Writes the state as a hash; fields at their defaults are left out so links stay short. */
export function formatHash(state: HashState): string {
  const parts: string[] = [];
  if (state.selection) parts.push(`${state.selection.kind}=${state.selection.id}`);
  if (state.view) {
    const { zoom, lat, lng } = state.view;
    parts.push(`view=${zoom.toFixed(2)}/${lat.toFixed(4)}/${lng.toFixed(4)}`);
  }
  if (state.layers) parts.push(`layers=${state.layers.join(',')}`);
  if (state.lang) parts.push(`lang=${state.lang}`);
  if (state.from) parts.push(`from=${state.from}`);
  if (state.to) parts.push(`to=${state.to}`);
  if (state.read) parts.push(`read=${state.read}`);
  if (state.assess) parts.push(`assess=${encodeURIComponent(`${state.assess.name}~${state.assess.date}`)}`);
  if (state.kinds?.length) parts.push(`kind=${state.kinds.join(',')}`);
  if (state.claimant) parts.push(`claimant=${encodeURIComponent(state.claimant)}`);
  if (state.source) parts.push(`source=${state.source}`);
  if (state.q) parts.push(`q=${encodeURIComponent(state.q)}`);
  if (state.undated === false) parts.push('undated=0');
  if (state.embed) parts.push('embed=1');
  return parts.length ? `#${parts.join('&')}` : '';
}
