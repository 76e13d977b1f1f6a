/**
 * A conversation key holds everything an adapter needs to post into a conversation later, as one
 * string: the platform prefix, then base64url segments (so ids containing ':' and whole URLs
 * round-trip), e.g. `slack:VDE:Qzk:MTcxMi4wMDAx`. Only the adapter that made a key reads it.
 */
export type ConversationKey = string;

export interface KeyCodec<T> {
  readonly platform: string;
  encode(parts: T): ConversationKey;
  /** Throws KeyError for a key of another platform or a malformed one. */
  decode(key: ConversationKey): T;
}

export class KeyError extends Error {
  override name = 'KeyError';
}

export const platformOf = (key: ConversationKey): string => key.slice(0, Math.max(0, key.indexOf(':')));

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
const unb64 = (s: string) => Buffer.from(s, 'base64url').toString('utf8');

/**
 * A codec for keys made of named string fields in a fixed order; trailing fields may be absent
 * (a channel key is a thread key without its thread).
 */
export function fieldCodec<const R extends string, const O extends string = never>(
  platform: string,
  required: readonly R[],
  optional: readonly O[] = [],
): KeyCodec<Record<R, string> & Partial<Record<O, string>>> {
  type Parts = Record<R, string> & Partial<Record<O, string>>;
  const fields: readonly string[] = [...required, ...optional];
  return {
    platform,
    encode(parts: Parts): ConversationKey {
      const values = fields.map((f) => (parts as Record<string, string | undefined>)[f]);
      for (const f of required) {
        if (!(parts as Record<string, string | undefined>)[f])
          throw new KeyError(`${platform} key needs ${f}`);
      }
      let last = values.length;
      while (last > required.length && values[last - 1] === undefined) last--;
      const segs = values.slice(0, last).map((v, i) => {
        if (v === undefined)
          throw new KeyError(`${platform} key: ${fields[i]} is missing before a later field`);
        return b64(v);
      });
      return [platform, ...segs].join(':');
    },
    decode(key: ConversationKey): Parts {
      const [prefix, ...segs] = key.split(':');
      if (prefix !== platform) throw new KeyError(`not a ${platform} conversation key: ${key}`);
      if (segs.length < required.length || segs.length > fields.length || segs.some((s) => !s))
        throw new KeyError(`malformed ${platform} conversation key: ${key}`);
      const out: Record<string, string> = {};
      segs.forEach((s, i) => {
        out[fields[i] as string] = unb64(s);
      });
      return out as Parts;
    },
  };
}
