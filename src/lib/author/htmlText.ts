// A dropped .html file reduced to its article text: parsed inertly by DOMParser (no script runs), walked for text only.

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'SVG',
  'NAV',
  'FOOTER',
  'HEAD',
  'FORM',
  'BUTTON',
]);
const BLOCK = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'FIGCAPTION',
  'FIGURE',
  'TR',
  'TABLE',
  'HEADER',
  'MAIN',
  'PRE',
  'DT',
  'DD',
]);

/** The text of an HTML document: blocks become paragraphs separated by a blank line, runs of spaces one. */
export function htmlToArticleText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const root = doc.querySelector('article') ?? doc.body;
  const blocks: string[] = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/[ \t\r\n\u00a0]+/g, ' ').trim();
    if (t) blocks.push(t);
    line = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIP.has(el.tagName.toUpperCase())) return;
    if (el.tagName === 'BR') {
      flush();
      return;
    }
    const block = BLOCK.has(el.tagName.toUpperCase());
    if (block) flush();
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block) flush();
  };
  if (root) walk(root);
  flush();
  return blocks.join('\n\n') + (blocks.length ? '\n' : '');
}
