// Whether the reader is moving the map: the map says so, the import's workers listen and step back meanwhile (see pace.ts).
type Listener = (moving: boolean) => void;

const listeners = new Set<Listener>();
let moving = false;

/** Called by the map on movestart and moveend. */
export function setMapMoving(on: boolean): void {
  if (on === moving) return;
  moving = on;
  for (const listener of listeners) listener(on);
}

/** Calls `listener` now and on every change; returns the function that stops it. */
export function onMapMoving(listener: Listener): () => void {
  listeners.add(listener);
  listener(moving);
  return () => listeners.delete(listener);
}
