import { InvalidArgumentError, Option } from 'commander';
import { LANGS } from '../csc/text.ts';
import type { DrillMode } from '../drill/model.ts';

// Flags are checked by commander as they are parsed, so a bad one stops the command before it reads
// settings or opens the store, with one line: "option '--seed <n>' argument 'abc' is invalid. …".

export const langOption = (description: string) =>
  new Option('--lang <lang>', description).choices([...LANGS]);

// Spelt out rather than read from the zod enum, which would load the drill model's schemas into
// every command, --version included; `satisfies` fails to compile when a mode is missing or extra.
const MODES = {
  practice: 'tags and hints',
  exam: 'no tags, no hints',
} satisfies Record<DrillMode, string>;

export const modeOption = () =>
  new Option(
    '--mode <mode>',
    Object.entries(MODES)
      .map(([mode, what]) => `${mode} (${what})`)
      .join(' or '),
  )
    .choices(Object.keys(MODES))
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
