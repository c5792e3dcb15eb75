// HTML (a KML placemark's description) → plain text: tags dropped, scripts and styles dropped with their content, entities decoded.
//
// The result is only ever shown as text, so this is for legibility, not safety: nothing here is trusted
// to make markup harmless. A linear scan, no backtracking regular expressions, so a hostile description
// cannot make it slow.

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  deg: '°',
  copy: '©',
};

/** Decodes character references; unknown or broken ones stay as they are. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') === -1) return s;
  return s.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      // No control characters, surrogates or values past Unicode.
      if (!Number.isFinite(code) || code < 0x20 || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return whole;
      return String.fromCodePoint(code);
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** Marks where a link's text starts while it is being read (a private-use character no description needs). */
const LINK_MARK = '\ue000';

const BLOCK = new Set([
  'p',
  'div',
  'tr',
  'li',
  'ul',
  'ol',
  'table',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'section',
  'article',
  'dt',
  'dd',
]);
const DROP_CONTENT = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object']);

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[2] ?? m[3] ?? m[4] ?? '') : null;
}

/** Plain text of an HTML fragment; links keep their address in brackets after their text. */
export function htmlToText(html: string): string {
  if (html.indexOf('<') === -1) return tidy(decodeEntities(html));
  let out = '';
  let i = 0;
  const n = html.length;
  const lower = html.toLowerCase();
  let pendingHref: string | null = null;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? n : end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt === -1) {
      // A lone "<" (as in "a < b") is text.
      out += html.slice(lt);
      break;
    }
    const tag = html.slice(lt, gt + 1);
    const m = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(tag);
    if (!m) {
      out += '<';
      i = lt + 1;
      continue;
    }
    const name = m[1]!.toLowerCase();
    const closing = tag[1] === '/';
    i = gt + 1;
    if (!closing && DROP_CONTENT.has(name)) {
      const end = lower.indexOf(`</${name}`, i);
      if (end === -1) break;
      const close = html.indexOf('>', end);
      i = close === -1 ? n : close + 1;
      continue;
    }
    if (name === 'br') out += '\n';
    else if (BLOCK.has(name)) out += '\n';
    else if (name === 'td' || name === 'th') out += closing ? '\t' : '';
    else if (name === 'img' && !closing) {
      const alt = attr(tag, 'alt');
      if (alt) out += `[${decodeEntities(alt)}]`;
    } else if (name === 'a') {
      if (!closing) {
        const href = attr(tag, 'href');
        pendingHref = href && /^https?:\/\//i.test(href.trim()) ? href.trim() : null;
        out += LINK_MARK;
      } else if (pendingHref !== null) {
        // "text (address)" unless the text already is the address.
        const start = out.lastIndexOf(LINK_MARK);
        const text = out.slice(start + 1).trim();
        out = out.slice(0, start) + (text && text !== pendingHref ? `${text} (${pendingHref})` : pendingHref);
        pendingHref = null;
      }
    }
  }
  return tidy(decodeEntities(out.split(LINK_MARK).join('')));
}

function tidy(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
