// Messages between the import client (page) and the parse worker.
import type { ImportPhase, ImportResult } from './validate.ts';

/** Page → worker: the file's bytes, transferred (not copied). */
export interface ParseRequest {
  name: string;
  buffer: ArrayBuffer;
}

export interface ProgressMessage {
  type: 'progress';
  phase: ImportPhase;
  /** 0…1 within the phase. */
  fraction: number;
}

export interface ResultMessage {
  type: 'result';
  result: ImportResult;
}

/** Sent once the worker's code has loaded, so the page knows a failure after it is the file's doing, not the worker's. */
export interface ReadyMessage {
  type: 'ready';
}

export type WorkerMessage = ReadyMessage | ProgressMessage | ResultMessage;

/** What the UI is told while a big file is imported. */
export interface ImportProgress {
  phase: ImportPhase;
  /** 0…1 within the phase. */
  fraction: number;
  /** 0…1 over the whole import, for a single progress bar. */
  overall: number;
}

// Rough shares of the total time per phase, measured on 100 000 points: parsing dominates.
const PHASE_SPAN: Record<ImportPhase, [number, number]> = {
  read: [0, 0.1],
  decode: [0.1, 0.2],
  parse: [0.2, 0.65],
  validate: [0.65, 1],
};

export function toProgress(phase: ImportPhase, fraction: number): ImportProgress {
  const f = Math.max(0, Math.min(1, Number.isFinite(fraction) ? fraction : 0));
  const [a, b] = PHASE_SPAN[phase];
  return { phase, fraction: f, overall: a + (b - a) * f };
}
