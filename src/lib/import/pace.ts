// In the import's worker: while the reader drags the map, reading a big file steps back to a quarter of the time, so the map keeps the machine (two cores drawing in software gave panning 0.4-0.6x of its frame rate while a 70 MB CSV was parsed at full speed).

/** Share of the time the import may work while the map moves. */
const SHARE_WHILE_MOVING = 0.25;
/** Longest pause after one slice, so progress never stalls for long. */
const LONGEST_PAUSE_MS = 1500;

let moving = false;
let wake: (() => void) | null = null;

/** Told by the page (a message to the worker) when the map starts or stops moving. */
export function setMoving(on: boolean): void {
  moving = on;
  if (!on) wake?.();
}

/**
 * After a slice of work that took `busyMs`: at once while the map is still, else after a pause three
 * times as long (cut short when the map stops).
 */
export function paceAfter(busyMs: number): Promise<void> {
  if (!moving) return Promise.resolve();
  const pause = Math.min(LONGEST_PAUSE_MS, (busyMs * (1 - SHARE_WHILE_MOVING)) / SHARE_WHILE_MOVING);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      wake = null;
      resolve();
    };
    const timer = setTimeout(done, pause);
    wake = done;
  });
}
