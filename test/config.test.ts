import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config/config.ts';

const file = (text: string) => {
  const path = join(mkdtempSync(join(tmpdir(), 'csc-config-')), 'config.yaml');
  writeFileSync(path, text);
  return path;
};

describe('configuration', () => {
  it('has working defaults with no environment at all', () => {
    expect(loadConfig({})).toMatchObject({
      PORT: 3000,
      STORE_URL: 'sqlite://./data/csc-drill.sqlite',
      DEFAULT_LANG: 'zh',
      PASS_MARK: 70,
    });
  });

  it('reads an optional config file, and the environment wins over it', () => {
    const path = file('PORT: 4100\nDEFAULT_LANG: en\nPASS_MARK: 80\n');
    expect(loadConfig({ CSC_DRILL_CONFIG: path })).toMatchObject({
      PORT: 4100,
      DEFAULT_LANG: 'en',
      PASS_MARK: 80,
    });
    expect(loadConfig({ CSC_DRILL_CONFIG: path, PORT: '5000' }).PORT).toBe(5000);
  });

  it('takes a Postgres STORE_URL and the operations settings', () => {
    const c = loadConfig({
      STORE_URL: 'postgres://u:p@db:5432/drills',
      STORE_TIMEOUT_MS: '1500',
      SWEEP_INTERVAL_SECONDS: '0',
      SHUTDOWN_TIMEOUT_SECONDS: '5',
    });
    expect(c).toMatchObject({
      STORE_URL: 'postgres://u:p@db:5432/drills',
      STORE_TIMEOUT_MS: 1500,
      SWEEP_INTERVAL_SECONDS: 0,
      SHUTDOWN_TIMEOUT_SECONDS: 5,
    });
    expect(loadConfig({}).STORE_TIMEOUT_MS).toBe(5000);
  });

  it('names every bad variable and what it expects', () => {
    const err = (() => {
      try {
        loadConfig({ PORT: 'abc', STORE_URL: 'mysql://x', PASS_MARK: '120', STORE_TIMEOUT_MS: '10' });
      } catch (e) {
        return e as ConfigError;
      }
    })();
    expect(err).toBeInstanceOf(ConfigError);
    expect(err?.message).toContain('PORT: expected a number');
    expect(err?.message).toContain(
      'STORE_URL: expected memory://, sqlite://<file>, redis://<host> or postgres://<host>/<db>',
    );
    expect(err?.message).toContain('STORE_TIMEOUT_MS: expected at least 100 (got "10")');
    expect(err?.message).toContain('PASS_MARK: expected at most 100');
  });

  it('explains an unreadable or malformed config file', () => {
    expect(() => loadConfig({ CSC_DRILL_CONFIG: '/nonexistent/config.yaml' })).toThrow(
      /CSC_DRILL_CONFIG: cannot read/,
    );
    expect(() => loadConfig({ CSC_DRILL_CONFIG: file('- just\n- a list\n') })).toThrow(/must hold a mapping/);
  });
});
