// The name an imported feature goes by in a list: its own name or title property, if the file gave it one.
import type { Lang } from '../i18n/strings';

/** Longest name shown in a list; the whole value is in the feature's property table. */
export const MAX_TITLE_CHARS = 80;

/**
 * The feature's name from its properties: `name_<lang>`, then `name`, then `title` (in any letter case,
 * as files spell them "Name" or "TITLE" too). Null when none holds text, so the caller numbers it instead.
 */
export function featureTitle(properties: Record<string, unknown>, lang: Lang): string | null {
  const byKey = new Map<string, unknown>();
  for (const [key, value] of Object.entries(properties)) {
    const lower = key.toLowerCase();
    if (!byKey.has(lower)) byKey.set(lower, value);
  }
  for (const key of [`name_${lang}`, 'name', 'title']) {
    const value = byKey.get(key);
    const text = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : typeof value === 'number' ? String(value) : '';
    if (!text) continue;
    // Cut by characters, not UTF-16 units, so no emoji or rare letter is broken in half.
    const chars = Array.from(text);
    return chars.length > MAX_TITLE_CHARS ? `${chars.slice(0, MAX_TITLE_CHARS - 1).join('')}…` : text;
  }
  return null;
}
