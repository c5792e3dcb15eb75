// Text-level JSON checks that run around JSON.parse: a nesting-depth scan before it, and a locator that explains where and why it failed.
import { msg, type ImportMessage } from './message.ts';

/** Where a problem sits in the text, in the words a person uses in an editor. */
export interface TextPosition {
  /** 0-based offset in UTF-16 code units (what JavaScript string indices count). */
  offset: number;
  /** 1-based line and column. */
  line: number;
  column: number;
}

export function positionAt(text: string, offset: number): TextPosition {
  const clamped = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  // indexOf hops from newline to newline natively; a char loop would be slow on a 50 MB file.
  for (let i = text.indexOf('\n'); i !== -1 && i < clamped; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { offset: clamped, line, column: clamped - lineStart + 1 };
}

/** "line 3, column 14" */
export function describePosition(p: TextPosition): ImportMessage {
  return msg('lineColumn', { line: String(p.line), column: String(p.column) });
}

/**
 * A short, printable piece of the text around `offset`, for "near …" in messages.
 * Control characters become spaces and runs of whitespace collapse, so the excerpt is one readable line.
 */
export function excerptAt(text: string, offset: number, before = 16, after = 16): string {
  const start = Math.max(0, offset - before);
  const end = Math.min(text.length, offset + after);
  // eslint-disable-next-line no-control-regex
  let s = text.slice(start, end).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufffd]/g, ' ');
  s = s.replace(/\s+/g, ' ').trim();
  return (start > 0 ? '…' : '') + s + (end < text.length ? '…' : '');
}

export interface DepthProblem {
  depth: number;
  offset: number;
}

/**
 * Finds the first place where arrays/objects nest deeper than `maxDepth`, counting brackets outside strings.
 * Runs before JSON.parse because our later walks recurse, and a file of 100 000 '[' must be turned
 * away with a message rather than a stack overflow. Returns null when the nesting is within bounds.
 */
export function findExcessiveNesting(text: string, maxDepth: number): DepthProblem | null {
  let depth = 0;
  let inString = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) {
      inString = true;
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > maxDepth) return { depth, offset: i };
    } else if (c === 93 /* ] */ || c === 125 /* } */) {
      // Unbalanced closers are JSON.parse's business; never let the count go negative and hide depth.
      if (depth > 0) depth--;
    }
  }
  return null;
}

export interface SyntaxProblem {
  offset: number;
  /** What is wrong, without the position (the caller adds it). */
  problem: ImportMessage;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly problem: ImportMessage,
  ) {}
}

function charName(text: string, i: number): ImportMessage | string {
  if (i >= text.length) return msg('endOfFile');
  const c = text.charCodeAt(i);
  if (c < 0x20 || c === 0x7f) return msg('controlChar', { code: String(c) });
  const ch = String.fromCodePoint(text.codePointAt(i) ?? c);
  return `"${ch}"`;
}

/**
 * Re-reads text that JSON.parse rejected and says where and why, the same way in every browser
 * (engines word their errors differently and some give no position at all). Only runs on failure,
 * so clarity matters more than speed. Returns null if it finds nothing wrong (then the caller falls
 * back to the engine's own message).
 */
export function locateJsonSyntaxError(text: string): SyntaxProblem | null {
  let i = 0;
  const n = text.length;

  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };

  const unexpected = (context: ImportMessage): Stop => {
    if (i >= n) return new Stop(i, msg('jsonEndsEarly'));
    const c = text[i];
    if (c === "'") return new Stop(i, msg('jsonSingleQuotes'));
    if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) return new Stop(i, msg('jsonComments'));
    if (text.startsWith('NaN', i)) return new Stop(i, msg('jsonNaN'));
    if (text.startsWith('Infinity', i) || text.startsWith('-Infinity', i)) return new Stop(i, msg('jsonInfinity'));
    if (text.startsWith('undefined', i)) return new Stop(i, msg('jsonUndefined'));
    return new Stop(i, msg('jsonUnexpected', { char: charName(text, i), context }));
  };

  const parseString = () => {
    const start = i;
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new Stop(i, msg('jsonUnicodeEscape'));
          i += 6;
          continue;
        }
        if (e === undefined) break;
        if (!'"\\/bfnrt'.includes(e)) throw new Stop(i, msg('jsonBadEscape', { escape: `"\\${e}"` }));
        i += 2;
        continue;
      }
      if (c < 0x20) throw new Stop(i, msg('jsonControlInString', { char: charName(text, i) }));
      i++;
    }
    throw new Stop(start, msg('jsonEndsInString'));
  };

  const parseNumber = () => {
    const m = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '-') throw new Stop(i, msg('jsonBadNumber'));
    i += m[0].length;
    const next = text[i];
    if (next !== undefined && /[0-9.eE+\-a-zA-Z_]/.test(next)) throw new Stop(i, msg('jsonBadNumberHint'));
  };

  const parseValue = (depth: number, context: ImportMessage) => {
    if (depth > 10000) throw new Stop(i, msg('jsonTooDeep'));
    ws();
    if (i >= n) throw unexpected(context);
    const c = text[i];
    if (c === '{') parseObject(depth + 1);
    else if (c === '[') parseArray(depth + 1);
    else if (c === '"') parseString();
    else if (c === '-' && text.startsWith('-Infinity', i)) throw unexpected(context);
    else if (c === '-' || (c >= '0' && c <= '9')) parseNumber();
    else if (text.startsWith('true', i)) i += 4;
    else if (text.startsWith('false', i)) i += 5;
    else if (text.startsWith('null', i)) i += 4;
    else throw unexpected(context);
  };

  const parseObject = (depth: number) => {
    i++; // {
    ws();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      ws();
      if (text[i] !== '"') {
        if (text[i] === '}') throw new Stop(i, msg('jsonTrailingCommaObject'));
        if (i < n && /[A-Za-z_$]/.test(text[i] ?? '')) throw new Stop(i, msg('jsonUnquotedName'));
        throw unexpected(msg('whereName'));
      }
      parseString();
      ws();
      if (text[i] !== ':') throw unexpected(msg('whereColon'));
      i++;
      parseValue(depth, msg('whereValue'));
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return;
      }
      throw unexpected(msg('whereAfterValue'));
    }
  };

  const parseArray = (depth: number) => {
    i++; // [
    ws();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      ws();
      if (text[i] === ']') throw new Stop(i, msg('jsonTrailingCommaArray'));
      parseValue(depth, msg('whereElement'));
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        return;
      }
      throw unexpected(msg('whereAfterElement'));
    }
  };

  try {
    if (text.charCodeAt(0) === 0xfeff) i = 1; // a byte-order mark is harmless; the caller strips it too
    parseValue(0, msg('whereStart'));
    ws();
    if (i < n) {
      const rest = text.slice(i).trimStart();
      if (rest.startsWith('{')) {
        return { offset: i, problem: msg('jsonSecondValue') };
      }
      return { offset: i, problem: msg('jsonAfterEnd', { char: charName(text, i) }) };
    }
    return null;
  } catch (e) {
    if (e instanceof Stop) return { offset: e.offset, problem: e.problem };
    // A RangeError here would mean the locator itself overflowed; say nothing rather than guess.
    return null;
  }
}
