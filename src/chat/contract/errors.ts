/** A platform refused or failed a call (e.g. Slack `not_in_channel`): told to the person who acted, and logged. */
export class PlatformError extends Error {
  override name = 'PlatformError';
  constructor(
    readonly platform: string,
    /** The platform's short reason, safe to show (`not_in_channel`, `403 Forbidden`). */
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${platform}: ${reason}`, options);
  }
}
