// Saves generated text or a Blob as a file through a temporary object URL and <a download>; nothing leaves the machine.
export const MIME = {
  geojson: 'application/geo+json',
  csv: 'text/csv;charset=utf-8',
  png: 'image/png',
} as const;

/** Saves a Blob under a file name. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.hidden = true;
  // Firefox only follows a click on a link that is in the document.
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke a task later: the browser may start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Saves text (encoded as UTF-8) under a file name with a MIME type. */
export function downloadText(filename: string, mime: string, text: string): void {
  downloadBlob(filename, new Blob([text], { type: mime }));
}

/**
 * File names that say what and which: "situation-viewer-claims-all.csv",
 * "situation-viewer-claims-filtered.geojson", "situation-viewer-map.png". No date in them by default,
 * so saving twice overwrites rather than piles up; pass one to keep versions apart.
 */
export function exportFileName(
  what: 'claims' | 'map',
  extension: 'geojson' | 'csv' | 'png',
  scope?: 'all' | 'filtered',
  date?: string,
): string {
  return ['situation-viewer', what, scope, date].filter(Boolean).join('-') + `.${extension}`;
}
