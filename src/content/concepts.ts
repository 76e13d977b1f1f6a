import { readFileSync } from 'node:fs';

/**
 * Shared meanings that scenario triggers name as "@concept" (the data is concepts.json): each is
 * the ways agents put one idea, in Chinese and English. English words match whole words with their
 * endings ("receive" matches "received", "receiving"); "*" ends a prefix ("notar*"); Chinese
 * matches inside the text, and "…" in a Chinese phrase stands for up to six characters in between
 * ("收到…短信").
 */
export const CONCEPTS: Readonly<Record<string, readonly string[]>> = JSON.parse(
  readFileSync(new URL('./concepts.json', import.meta.url), 'utf8'),
);

export const isConceptName = (name: string): boolean => Object.hasOwn(CONCEPTS, name);
