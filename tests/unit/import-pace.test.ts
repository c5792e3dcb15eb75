// While the reader drags the map, a big file's reading works at most a quarter of the time, and picks up again as soon as the map stops.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { paceAfter, setMoving } from '../../src/lib/import/pace';
import { streamText } from '../../src/lib/import/readText';
import { onMapMoving, setMapMoving } from '../../src/lib/import/mapMotion';

afterEach(() => {
  setMoving(false);
  vi.useRealTimers();
});

describe('pacing the import while the map moves', () => {
  it('does not wait while the map is still', async () => {
    vi.useFakeTimers();
    let done = false;
    void paceAfter(200).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
  });

  it('pauses three times the slice while the map moves, and resumes at once when it stops', async () => {
    vi.useFakeTimers();
    setMoving(true);
    let done = false;
    void paceAfter(100).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(299);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);

    done = false;
    void paceAfter(100).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(50);
    expect(done).toBe(false);
    setMoving(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
  });

  it('paces a streamed read between its slices, never after the last', async () => {
    vi.useFakeTimers();
    setMoving(true);
    const text = 'a,b\n'.repeat(1000);
    const slices: string[] = [];
    let finished = false;
    // Each slice takes 100 ms of (fake) time to parse.
    const parse = (t: string) => {
      slices.push(t);
      vi.advanceTimersByTime(100);
    };
    void streamText(new Blob([text]), parse, { sliceBytes: 1000 }).then(() => (finished = true));
    await vi.advanceTimersByTimeAsync(0);
    // The first slice is read; the second waits out the pause.
    expect(slices.length).toBe(1);
    await vi.advanceTimersByTimeAsync(250);
    expect(slices.length).toBe(1);
    setMoving(false);
    await vi.advanceTimersByTimeAsync(0);
    await vi.waitFor(() => expect(finished).toBe(true));
    expect(slices.join('')).toBe(text);
  });

  it("tells each listener the map's motion, now and on every change, until it stops listening", () => {
    const heard: boolean[] = [];
    const stop = onMapMoving((m) => heard.push(m));
    setMapMoving(true);
    setMapMoving(true);
    setMapMoving(false);
    stop();
    setMapMoving(true);
    setMapMoving(false);
    expect(heard).toEqual([false, true, false]);
  });
});
