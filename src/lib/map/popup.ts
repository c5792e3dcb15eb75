// One place popup at a time: a MapLibre Popup whose content is a Svelte component, never an HTML string.
import { mount, unmount, type Component } from 'svelte';
import { Popup, type Map as MapLibreMap, type PositionAnchor } from 'maplibre-gl';

export interface PlacePopupHandle {
  placeId: string;
  /** The popup's outer element (tip included), for measuring where it sits. */
  element: HTMLElement;
  close(): void;
}

export interface PopupLayout {
  anchor?: PositionAnchor;
  /** Widest the popup may be, in CSS pixels. */
  maxWidth: number;
  /** Tallest its scrolling content may be, in CSS pixels (set as --card-max-height). */
  maxHeight: number;
}

/** The first thing keyboard focus goes to: the card's heading when it has one, else its first control. */
function focusStart(content: HTMLElement): void {
  const heading = content.querySelector<HTMLElement>('[data-card-heading]');
  const target =
    heading ??
    content.querySelector<HTMLElement>('a[href], button:not([disabled]), input, select, [tabindex]:not([tabindex="-1"])');
  // The card opens at its top: focusing must not scroll it, and the scrolling box starts at 0.
  target?.focus({ preventScroll: true });
  for (const el of content.querySelectorAll<HTMLElement>('*')) if (el.scrollTop) el.scrollTop = 0;
}

/**
 * Opens a popup at `at` with `component` rendered inside, focused on its heading. `onClosed` runs when
 * the reader closes it (close button), not when the code replaces it.
 */
export function openPlacePopup<Props extends Record<string, unknown>>(
  map: MapLibreMap,
  placeId: string,
  at: [number, number],
  component: Component<Props>,
  props: Props,
  onClosed: () => void,
  layout: PopupLayout,
): PlacePopupHandle {
  const content = document.createElement('div');
  content.className = 'place-popup';
  content.style.setProperty('--card-max-height', `${Math.max(120, Math.floor(layout.maxHeight))}px`);
  const instance = mount(component, { target: content, props });
  let replaced = false;
  const popup = new Popup({
    closeOnClick: false,
    maxWidth: `${Math.max(200, Math.floor(layout.maxWidth))}px`,
    // Focus is placed by focusStart: MapLibre's own would go to the first button, scrolled past the name.
    focusAfterOpen: false,
    className: 'place-popup-shell',
    anchor: layout.anchor,
  })
    .setLngLat(at)
    .setDOMContent(content)
    .addTo(map);
  popup.on('close', () => {
    void unmount(instance);
    if (!replaced) onClosed();
  });
  focusStart(content);
  return {
    placeId,
    element: popup.getElement(),
    close() {
      replaced = true;
      popup.remove();
    },
  };
}
