// Links to the current view: the page's own URL, its embeddable form, and the <iframe> snippet for another page.
import { formatHash, type HashState } from '../state/hash';

/** A page URL with its hash replaced by `state` (the hash is the whole view state). */
function withHash(href: string, state: HashState): string {
  const url = new URL(href);
  url.hash = formatHash(state);
  return url.href;
}

/** The view `state` describes, in the compact layout for an <iframe>. */
export const embedUrl = (href: string, state: HashState): string => withHash(href, { ...state, embed: true });

/** From an embedded view, the same view in the full viewer. */
export const fullUrl = (href: string, state: HashState): string => withHash(href, { ...state, embed: false });

/** Attribute values are escaped, so a title or URL can never close the attribute or the tag. */
const attr = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The snippet a journalist pastes into an article. */
export function iframeSnippet(src: string, width: number, height: number, title: string): string {
  return `<iframe src="${attr(src)}" width="${Math.round(width)}" height="${Math.round(height)}" title="${attr(title)}" loading="lazy" style="border:0"></iframe>`;
}

/** Sizes an embed can take: small enough for a phone column, large enough for a wide article. */
export const EMBED_SIZE = { min: 280, max: 2000, width: 720, height: 480 } as const;

export function clampSize(value: number, fallback: number): number {
  if (!Number.isFinite(value)) return fallback;
  return Math.min(EMBED_SIZE.max, Math.max(EMBED_SIZE.min, Math.round(value)));
}

/** Puts text on the clipboard; false when the browser refuses (no permission, insecure context). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
