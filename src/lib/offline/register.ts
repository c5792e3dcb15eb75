// Registers the service worker that keeps the viewer working offline, and reports when a new version waits.
import { Workbox } from 'workbox-window';

/**
 * `onUpdate` receives a function that switches to the waiting version and reloads the page: the
 * reader decides when, so a page never runs half old, half new. Failing registration (blocked
 * storage, a private window, a file share) leaves the viewer as it is: online only.
 */
export function registerOffline(onUpdate: (apply: () => void) => void): void {
  if (!('serviceWorker' in navigator)) return;
  const wb = new Workbox(new URL('sw.js', document.baseURI).href, { scope: new URL('./', document.baseURI).pathname });
  wb.addEventListener('waiting', () =>
    onUpdate(() => {
      wb.addEventListener('controlling', () => location.reload());
      wb.messageSkipWaiting();
    }),
  );
  wb.register().catch(() => undefined);
}
