import { InvalidArgumentError, Option } from 'commander';
import { LANGS } from '../csc/text.ts';
import { DrillMode } from '../drill/model.ts';

// Flags are checked by commander as they are parsed, so a bad one stops the command before it reads
// settings or opens the store, with one line: "option '--seed <n>' argument 'abc' is invalid. …".

export const langOption = (description: string) =>
  new Option('--lang <lang>', description).choices([...LANGS]);

export const modeOption = () =>
  new Option('--mode <mode>', 'practice (tags and hints) or exam (no tags, no hints)')
    .choices([...DrillMode.options])
    .default('practice');

/** The largest seed the drill engine draws itself (`randomInt(2 ** 31)`). */
export const MAX_SEED = 2 ** 31 - 1;

export function parseSeed(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > MAX_SEED)
    throw new InvalidArgumentError(`Expected a whole number from 0 to ${MAX_SEED}.`);
  return Number(value);
}

export const seedOption = () =>
  new Option('--seed <n>', 'seed for a reproducible customer').argParser(parseSeed);
