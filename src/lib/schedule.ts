// Work that should not hold back the frame the reader is waiting for.

/**
 * Runs `work` in the frame after the next one, i.e. once the current DOM changes have been painted.
 * Returns a function that cancels it if it has not run yet.
 */
export function afterNextPaint(work: () => void): () => void {
  let inner = 0;
  const outer = requestAnimationFrame(() => {
    inner = requestAnimationFrame(work);
  });
  return () => {
    cancelAnimationFrame(outer);
    cancelAnimationFrame(inner);
  };
}
