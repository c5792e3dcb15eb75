// Small rules the map's components share: the reader's motion preference, the frame's padding, MapLibre's labels, text boxes.
import { MAPLIBRE_LABELLED, maplibreLabel, type Lang } from '../i18n/strings';

export const reducedMotion = (): boolean => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Padding around what the camera frames: less on a small map. */
export function framePadding(width: number): { top: number; bottom: number; left: number; right: number } {
  return width < 600 ? { top: 30, bottom: 30, left: 20, right: 20 } : { top: 50, bottom: 50, left: 50, right: 50 };
}

/**
 * MapLibre takes its labels once, when the map is made: after a switch of language (or on a new popup)
 * the controls' names are set on their buttons here (the scale bar's units follow on the next load).
 */
export function labelMapControls(container: HTMLElement, lang: Lang): void {
  for (const [selector, key] of Object.entries(MAPLIBRE_LABELLED)) {
    for (const el of container.querySelectorAll(selector)) {
      const label = maplibreLabel(lang, key);
      el.setAttribute('aria-label', label);
      if (el.hasAttribute('title')) el.setAttribute('title', label);
    }
  }
}

/** Escape in a text box belongs to the box (a search box clears itself): it closes nothing. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'file'].includes(target.type)
  );
}
