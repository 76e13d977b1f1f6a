import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.ts';
import { ROOT, runCli } from '../support/cli.ts';
import { sparePort } from './redis-server.ts';

const dir = () => mkdtempSync(join(tmpdir(), 'csc-startup-'));
const BIN = join(ROOT, 'bin', 'csc-drill.js');

/** `csc-drill serve` against a store that must be refused: one line naming STORE_URL and why, exit 2. */
function refused(storeUrl: string, asUser?: number) {
  const env = { ...process.env, STORE_URL: storeUrl, PORT: '0', STORE_TIMEOUT_MS: '1500' };
  const r =
    asUser === undefined
      ? runCli(['serve'], { env })
      : spawnSync(process.execPath, [BIN, 'serve'], {
          cwd: ROOT,
          env,
          encoding: 'utf8',
          timeout: 60_000,
          uid: asUser,
          gid: asUser,
        });
  expect(r.stdout).toBe('');
  expect(r.status).toBe(2);
  const lines = r.stderr.trim().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^STORE_URL: cannot open "/);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  return lines[0] as string;
}

async function sqliteWithData(): Promise<string> {
  const file = join(dir(), 'store.sqlite');
  const store = await openStore(`sqlite://${file}`);
  for (let i = 0; i < 300; i++) await store.kv.set(`entry:d:${i}`, { text: 'x'.repeat(200), i });
  await store.close();
  return file;
}

describe('start-up refuses a store it cannot trust', () => {
  it('a file that is not SQLite', () => {
    const file = join(dir(), 'garbage.sqlite');
    writeFileSync(file, 'this is not a database, just some text '.repeat(20));
    expect(refused(`sqlite://${file}`)).toContain(`${file} is not a SQLite database`);
  });

  it('a truncated SQLite file', async () => {
    const file = await sqliteWithData();
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 3)));
    expect(refused(`sqlite://${file}`)).toMatch(/is (truncated|damaged)/);
  });

  it('a SQLite file with garbled pages, which used to start and lose every drill', async () => {
    const file = await sqliteWithData();
    const fd = openSync(file, 'r+');
    const page = readFileSync(file).readUInt16BE(16);
    writeSync(fd, Buffer.alloc(page * 2, 0x5a), 0, page * 2, page * 2); // pages 3 and 4
    expect(refused(`sqlite://${file}`)).toContain('is damaged');
  });

  it('a read-only SQLite file', async () => {
    const file = await sqliteWithData();
    chmodSync(file, 0o444);
    const root = process.getuid?.() === 0;
    if (root) {
      // root writes anywhere: the check runs as nobody, who owns the folder but may only read the file.
      const nobody = 65534;
      chownSync(join(file, '..'), nobody, nobody);
    }
    expect(refused(`sqlite://${file}`, root ? 65534 : undefined)).toContain(
      `${file} is read-only; the store needs to write to it`,
    );
  });

  it('a Redis nobody answers at', async () => {
    const port = await sparePort();
    const started = Date.now();
    const line = refused(`redis://127.0.0.1:${port}`);
    expect(line).toMatch(new RegExp(`^STORE_URL: cannot open "redis://127\\.0\\.0\\.1:${port}" \\(`));
    expect(line).toMatch(/ECONNREFUSED|no answer within/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('a fresh SQLite file is created and marked; opening it again finds the marker', async () => {
    const file = join(dir(), 'new.sqlite');
    const first = await openStore(`sqlite://${file}`);
    expect(first.fresh).toBe(true);
    await first.close();
    const second = await openStore(`sqlite://${file}`);
    expect(second.fresh).toBe(false);
    expect(await second.epoch.check()).toEqual({ lost: false });
    await second.close();
  });
});
