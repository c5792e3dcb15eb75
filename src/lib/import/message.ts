// An import message as data (a key and its values), made where the problem is found and worded by the page in the reader's language.
//
// The parse worker never writes sentences: it sends these, and the page renders them with messageText(),
// so a message already on screen follows a switch of language, and a kept layer's notices too.
import type { MessageKey } from './messageText.ts';

/** A size in bytes, written "250.0 MB" / "250,0 МБ" when shown. */
export interface ByteSize {
  bytes: number;
}

/**
 * A value in a message: text from the file or a name (shown as it is), a count (written in the reader's
 * locale, and it picks plural forms), a size, another message, or a list of them (joined with commas).
 */
export type MessageValue = string | number | ByteSize | ImportMessage | readonly MessageValue[];

export interface ImportMessage {
  key: MessageKey;
  vars?: Record<string, MessageValue>;
}

export function msg(key: MessageKey, vars?: Record<string, MessageValue>): ImportMessage {
  return vars ? { key, vars } : { key };
}

/** "Feature 4 (index 3)": numbered from 1 for people, with the index a program would use. */
export const featureAt = (fi: number): ImportMessage => msg('featureAt', { n: String(fi + 1), index: String(fi) });

/** The import was stopped by the reader. */
export const CANCELLED_MESSAGE: ImportMessage = msg('cancelled');

export const byteSize = (bytes: number): ByteSize => ({ bytes });

/** Thrown with a message for the reader; the module that reads the file catches it and returns it as its error. */
export class MessageError extends Error {
  constructor(readonly report: ImportMessage) {
    super(report.key);
  }
}
