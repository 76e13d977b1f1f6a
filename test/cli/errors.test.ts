import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliRun, runCli } from '../support/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'csc-cli-errors-'));
const STORE = join(dir, 'store.sqlite');
const env = { STORE_URL: `sqlite://${STORE}`, LOG_LEVEL: 'info' };
const PRACTICE = ['practice', '--scenario', 'card-frozen-after-travel', '--lang', 'en', '--seed', '7'];

/** The store's files and bytes: a refused command must leave both exactly as they were. */
const snapshot = () =>
  readdirSync(dir)
    .filter((f) => f.startsWith('store.sqlite'))
    .sort()
    .map((f) => `${f}:${readFileSync(join(dir, f)).toString('base64')}`)
    .join('\n');

/** One line on stderr, nothing on stdout, no stack trace. */
function expectOneLine(r: CliRun, status: number, line: RegExp) {
  expect(r.stdout).toBe('');
  expect(r.stderr.endsWith('\n')).toBe(true);
  expect(r.stderr.trimEnd().split('\n'), r.stderr).toHaveLength(1);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr.trimEnd()).toMatch(line);
  expect(r.status).toBe(status);
}

let before = '';
beforeAll(() => {
  const r = runCli(PRACTICE, { env, input: 'Hello, welcome to Huaxin Bank!\n/end\n' });
  expect(r.status, r.stderr).toBe(0);
  before = snapshot();
  expect(before).toContain('store.sqlite:');
});

describe('a bad flag or argument is told in one line, exit 2, and the store is untouched', () => {
  const cases: [string, string[], RegExp][] = [
    [
      'practice --lang fr',
      ['practice', '--lang', 'fr'],
      /^error: option '--lang <lang>' argument 'fr' is invalid\. Allowed choices are zh, en\.$/,
    ],
    [
      'practice --mode test',
      ['practice', '--mode', 'test'],
      /^error: option '--mode <mode>' argument 'test' is invalid\. Allowed choices are practice, exam\.$/,
    ],
    [
      'practice --seed abc',
      ['practice', '--seed', 'abc'],
      /^error: option '--seed <n>' argument 'abc' is invalid\. Expected a whole number from 0 to 2147483647\.$/,
    ],
    ['practice --seed 4.5', ['practice', '--seed', '4.5'], /^error: option '--seed <n>' argument '4\.5'/],
    ['practice --seed -1', ['practice', '--seed', '-1'], /^error: option '--seed <n>' argument '-1'/],
    [
      'practice --seed beyond the largest seed',
      ['practice', '--seed', '2147483648'],
      /^error: option '--seed <n>' argument '2147483648' is invalid/,
    ],
    [
      'practice --seed with no value',
      ['practice', '--seed'],
      /^error: option '--seed <n>' argument missing$/,
    ],
    [
      'practice --scenario with a near miss',
      ['practice', '--scenario', 'card-frozen'],
      /^error: option '--scenario <id>' argument 'card-frozen' is invalid\. No such scenario; did you mean card-frozen-after-travel\?$/,
    ],
    [
      'practice --scenario with nothing close',
      ['practice', '--scenario', 'zzzzzzzzzzzzzzzzzz'],
      /^error: option '--scenario <id>' argument 'z+' is invalid\. No such scenario; the ids are the file names in .*scenarios\/$/,
    ],
    [
      'practice --persona unknown',
      ['practice', '--persona', 'nobody-at-all-here'],
      /^error: option '--persona <id>' argument 'nobody-at-all-here' is invalid\. No such persona;/,
    ],
    [
      'a misspelt flag',
      ['practice', '--lnag', 'en'],
      /^error: unknown option '--lnag' \(Did you mean --lang\?\)$/,
    ],
    ['an unknown command', ['pratice'], /^error: unknown command 'pratice' \(Did you mean practice\?\)$/],
    [
      'strategies --lang fr',
      ['strategies', '--lang', 'fr'],
      /^error: option '--lang <lang>' argument 'fr' is invalid\. Allowed choices are zh, en\.$/,
    ],
    [
      'tag --lang fr',
      ['tag', '--lang', 'fr'],
      /^error: option '--lang <lang>' argument 'fr' is invalid\. Allowed choices are auto, zh, en\.$/,
    ],
    [
      'validate of a missing path',
      ['validate', '/nonexistent'],
      /^error: argument 'paths': cannot read '\/nonexistent' \(no such file or folder\)$/,
    ],
    [
      'score of a missing file',
      ['score', join(dir, 'missing.json')],
      /^error: argument 'file': cannot read '.*missing\.json' \(no such file or folder\)$/,
    ],
    ['score with no file', ['score'], /^error: missing required argument 'file'$/],
  ];
  it.each(cases)('%s', (_, args, line) => {
    expectOneLine(runCli(args, { env, input: 'Hello!\n/end\n' }), 2, line);
    expect(snapshot()).toBe(before);
  });
});

describe('a bad setting is told in one line naming the variable, exit 2, and the store is untouched', () => {
  const config = (text: string) => {
    const path = join(dir, `config-${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(path, text);
    return path;
  };
  const cases: [string, Record<string, string>, RegExp][] = [
    ['DEFAULT_LANG', { DEFAULT_LANG: 'fr' }, /^DEFAULT_LANG: expected one of "zh", "en" \(got "fr"\)$/],
    ['PASS_MARK', { PASS_MARK: '120' }, /^PASS_MARK: expected at most 100 \(got "120"\)$/],
    [
      'IDLE_TIMEOUT_MINUTES',
      { IDLE_TIMEOUT_MINUTES: '0' },
      /^IDLE_TIMEOUT_MINUTES: expected more than 0 \(got "0"\)$/,
    ],
    [
      'MAX_MESSAGE_CHARS',
      { MAX_MESSAGE_CHARS: '1.5' },
      /^MAX_MESSAGE_CHARS: expected a whole number \(got "1\.5"\)$/,
    ],
    [
      'OPENAI_BASE_URL',
      { OPENAI_BASE_URL: 'localhost' },
      /^OPENAI_BASE_URL: expected a URL such as https:\/\/host\/v1 \(got "localhost"\)$/,
    ],
    [
      'CONTENT_DIR that does not exist',
      { CONTENT_DIR: '/nonexistent' },
      /^CONTENT_DIR: expected a folder holding personas\/ and scenarios\/ \(got "\/nonexistent", which is not a folder\)$/,
    ],
    [
      'CONTENT_DIR without content',
      { CONTENT_DIR: tmpdir() },
      /^CONTENT_DIR: expected a folder holding personas\/ and scenarios\/ \(got ".*", which has no personas\/ and no scenarios\/\)$/,
    ],
    [
      'CSC_DRILL_CONFIG that does not exist',
      { CSC_DRILL_CONFIG: '/nonexistent.yaml' },
      /^CSC_DRILL_CONFIG: cannot read "\/nonexistent\.yaml" \(no such file or folder\); expected a YAML or JSON file$/,
    ],
    [
      'a misspelt key in the config file',
      { CSC_DRILL_CONFIG: config('DEFAULT_LNAG: en\n') },
      /^.*config-.*\.yaml: unknown setting DEFAULT_LNAG \(did you mean DEFAULT_LANG\?\)$/,
    ],
    [
      'a misspelt adapter key in the config file',
      { CSC_DRILL_CONFIG: config('SLACK_BOT_TOKN: xoxb-1\n') },
      /^.*: unknown setting SLACK_BOT_TOKN \(did you mean SLACK_BOT_TOKEN\?\)$/,
    ],
  ];
  it.each(cases)('%s', (_, vars, line) => {
    expectOneLine(runCli(PRACTICE, { env: { ...env, ...vars }, input: 'Hello!\n/end\n' }), 2, line);
    expect(snapshot()).toBe(before);
  });

  it('a store that cannot be opened names STORE_URL', () => {
    const notADatabase = join(dir, 'notes.txt');
    writeFileSync(notADatabase, 'not a database, just text\n'.repeat(100));
    expectOneLine(
      runCli(PRACTICE, { env: { STORE_URL: `sqlite://${notADatabase}` }, input: '/end\n' }),
      2,
      /^STORE_URL: cannot open "sqlite:\/\/.*notes\.txt" \(.*notes\.txt is not a SQLite database\)$/,
    );
    expectOneLine(
      runCli(PRACTICE, { env: { STORE_URL: `sqlite://${notADatabase}/inside.sqlite` }, input: '/end\n' }),
      2,
      /^STORE_URL: cannot open "sqlite:\/\/.*notes\.txt\/inside\.sqlite" \(a file is in the way\)$/,
    );
    expect(readFileSync(notADatabase, 'utf8')).toBe('not a database, just text\n'.repeat(100));
  });

  it('LOG_LEVEL=debug adds the stack under the same line', () => {
    const r = runCli(PRACTICE, { env: { ...env, DEFAULT_LANG: 'fr', LOG_LEVEL: 'debug' } });
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('DEFAULT_LANG: expected one of "zh", "en" (got "fr")');
    expect(r.stderr).toMatch(/^\s+at /m);
  });
});

describe('serve on a port that is taken', () => {
  let taken: Server;
  let port = 0;
  beforeAll(async () => {
    taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    port = (taken.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => taken.close(() => resolve())));

  it('names PORT in one line and exits 2', () => {
    expectOneLine(
      runCli(['serve'], { env: { ...env, PORT: String(port), HOST: '127.0.0.1' } }),
      2,
      new RegExp(
        `^PORT: 127\\.0\\.0\\.1:${port} is already in use — stop the other program or set PORT to a free port$`,
      ),
    );
    expect(snapshot()).toBe(before);
  });
});

describe('after every refusal the store still works', () => {
  it('plays a drill on the same store', () => {
    const r = runCli([...PRACTICE, '--json'], { env, input: 'Hello, welcome to Huaxin Bank!\n/end\n' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ seed: 7, endReason: 'trainee-ended' });
    expect(snapshot(), 'the snapshot sees a drill being stored').not.toBe(before);
  });
});
