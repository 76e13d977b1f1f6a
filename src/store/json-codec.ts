import type Keyv from 'keyv';

/**
 * Values here are plain JSON (no Buffers or Dates), so plain JSON is the serialiser: keyv's default
 * one walks every value looking for binary data and cost more than the rest of a turn.
 */
export const JSON_CODEC = {
  serialize: (data: unknown) => JSON.stringify(data),
  deserialize: (text: string) => JSON.parse(text),
} as unknown as Pick<ConstructorParameters<typeof Keyv>[0] & object, 'serialize' | 'deserialize'>;
