export type LlmFailureKind =
  | 'timeout'
  | 'rate-limit'
  | 'server'
  | 'connection'
  | 'bad-request'
  | 'invalid-json'
  | 'schema'
  | 'empty'
  | 'refusal'
  | 'rejected'
  | 'circuit-open';

/** A model call that did not yield usable output after its retries; callers fall back to the offline twin. */
export class LlmFailure extends Error {
  override name = 'LlmFailure';
  constructor(
    readonly kind: LlmFailureKind,
    message: string,
  ) {
    super(`${kind}: ${message}`);
  }
}
