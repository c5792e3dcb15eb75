// One place popup at a time: a MapLibre Popup whose content is a Svelte component, never an HTML string.
import { mount, unmount, type Component } from 'svelte';
import { Popup, type Map as MapLibreMap } from 'maplibre-gl';

export interface PlacePopupHandle {
  placeId: string;
  close(): void;
}

/**
 * Opens a popup at `at` with `component` rendered inside. `onClosed` runs when the reader closes it
 * (close button, Escape), not when the code replaces it.
 */
export function openPlacePopup<Props extends Record<string, unknown>>(
  map: MapLibreMap,
  placeId: string,
  at: [number, number],
  component: Component<Props>,
  props: Props,
  onClosed: () => void,
  anchor?: 'left',
): PlacePopupHandle {
  const content = document.createElement('div');
  content.className = 'place-popup';
  const instance = mount(component, { target: content, props });
  let replaced = false;
  const popup = new Popup({
    closeOnClick: false,
    maxWidth: 'min(400px, calc(100vw - 24px))',
    focusAfterOpen: true,
    className: 'place-popup-shell',
    anchor,
  })
    .setLngLat(at)
    .setDOMContent(content)
    .addTo(map);
  popup.on('close', () => {
    void unmount(instance);
    if (!replaced) onClosed();
  });
  return {
    placeId,
    close() {
      replaced = true;
      popup.remove();
    },
  };
}
