import type { LocalizedText } from '../csc/text.ts';

export type DrillErrorCode =
  | 'not-found'
  | 'not-yours'
  | 'not-active'
  | 'empty-message'
  | 'message-too-long'
  | 'hint-in-exam'
  | 'unknown-scenario'
  | 'unknown-persona'
  | 'no-active-drill';

/** A problem the trainee caused and should be told about, in their language. */
export class DrillError extends Error {
  override name = 'DrillError';
  constructor(
    readonly code: DrillErrorCode,
    readonly userMessage: LocalizedText,
  ) {
    super(userMessage.en);
  }
}
