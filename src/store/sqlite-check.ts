import { accessSync, closeSync, constants, existsSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

const HEADER = 'SQLite format 3\0';

export class StoreCheckError extends Error {
  override name = 'StoreCheckError';
}

/**
 * Before SQLite opens a file: it must be a SQLite database, whole and writable. Each refusal is
 * one reason a person can act on.
 */
export function checkSqliteFile(file: string): void {
  if (!existsSync(file)) {
    try {
      accessSync(dirname(file), constants.W_OK);
    } catch {
      throw new StoreCheckError(`cannot create ${file}: its folder is not writable`);
    }
    return;
  }
  const stat = statSync(file);
  if (!stat.isFile()) throw new StoreCheckError(`${file} is not a file`);
  try {
    accessSync(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new StoreCheckError(`${file} is read-only; the store needs to write to it`);
  }
  if (stat.size === 0) return; // SQLite treats an empty file as a new database
  const head = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  let read: number;
  try {
    read = readSync(fd, head, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (read < 100 || head.subarray(0, 16).toString('latin1') !== HEADER)
    throw new StoreCheckError(`${file} is not a SQLite database`);
  const pageSize = head.readUInt16BE(16) === 1 ? 65536 : head.readUInt16BE(16);
  const pages = head.readUInt32BE(28);
  // The header's page count is only meaningful while its version stamp matches the change counter.
  const countValid = head.readUInt32BE(92) === head.readUInt32BE(24);
  if (countValid && pageSize && pages && stat.size < pageSize * pages)
    throw new StoreCheckError(
      `${file} is truncated (${stat.size} bytes of the ${pageSize * pages} its header promises)`,
    );
}

/** `PRAGMA quick_check` over an open database: garbled pages are found now, not one drill at a time. */
export async function checkSqliteIntegrity(
  file: string,
  query: (sql: string) => Promise<unknown>,
): Promise<void> {
  let rows: { quick_check?: string }[];
  try {
    rows = (await query('PRAGMA quick_check(3)')) as { quick_check?: string }[];
  } catch (e) {
    throw new StoreCheckError(`${file} is damaged (${(e as Error).message.split('\n')[0]})`);
  }
  const problems = rows.map((r) => Object.values(r)[0]).filter((v) => v !== 'ok');
  if (problems.length) throw new StoreCheckError(`${file} is damaged (${problems.join('; ')})`);
}
