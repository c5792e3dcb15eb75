// Messages between the import client (page) and the parse worker.
import type { KeptLayerMeta } from './keep.ts';
import type { ImportMessage } from './message.ts';
import type { ImportPhase, ImportResult } from './validate.ts';

/** Page → worker: the file itself (a Blob is passed by reference; the worker reads it in slices). */
export interface ParseRequest {
  name: string;
  file: Blob;
  maxBytes?: number;
  /** When given, a successful result is also kept on this device under this record. */
  keep?: KeptLayerMeta;
}

/** Page → worker: the reader started or stopped moving the map (the worker then paces its reading). */
export interface MapMovingMessage {
  type: 'map-moving';
  moving: boolean;
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

/** After a result that was to be kept: null when kept, else the message to show (the layer still works). */
export interface KeptMessage {
  type: 'kept';
  error: ImportMessage | null;
}

/** Sent once the worker's code has loaded, so the page knows a failure after it is the file's doing, not the worker's. */
export interface ReadyMessage {
  type: 'ready';
}

export type WorkerMessage = ReadyMessage | ProgressMessage | ResultMessage | KeptMessage;

/** What the UI is told while a big file is imported. */
export interface ImportProgress {
  phase: ImportPhase;
  /** 0…1 within the phase. */
  fraction: number;
  /** 0…1 over the whole import, for a single progress bar. */
  overall: number;
}

// Rough shares of the total time per phase, measured on 100 000 points: parsing dominates.
// A streamed table does everything in one pass ('rows'); what is left after it is handing the layer over.
const PHASE_SPAN: Record<ImportPhase, [number, number]> = {
  read: [0, 0.1],
  decode: [0.1, 0.2],
  parse: [0.2, 0.65],
  validate: [0.65, 1],
  rows: [0, 0.9],
};

export function toProgress(phase: ImportPhase, fraction: number): ImportProgress {
  const f = Math.max(0, Math.min(1, Number.isFinite(fraction) ? fraction : 0));
  const [a, b] = PHASE_SPAN[phase];
  return { phase, fraction: f, overall: a + (b - a) * f };
}
