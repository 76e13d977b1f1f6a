import { describe, expect, it } from 'vitest';
import { GroupCommit } from '../../src/store/group-commit.ts';

describe('group commit', () => {
  it('writes rows that arrive together in one statement, and rows arriving during a write in the next', async () => {
    const writes: number[][] = [];
    let release = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const g = new GroupCommit<number, number>(async (rows) => {
      writes.push(rows);
      if (writes.length === 1) await gate;
      return rows.map((r) => r * 10);
    });
    const first = [1, 2, 3].map((n) => g.add(n));
    await new Promise((r) => setImmediate(r));
    const second = [4, 5].map((n) => g.add(n));
    release();
    expect(await Promise.all([...first, ...second])).toEqual([10, 20, 30, 40, 50]);
    expect(writes).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
  });

  it('fails every row of a failed write, and the rows after it still get written', async () => {
    let calls = 0;
    const g = new GroupCommit<string, string>(async (rows) => {
      calls++;
      if (calls === 1) throw new Error('disk full');
      return rows;
    }, 2);
    const results = await Promise.allSettled(['a', 'b', 'c'].map((x) => g.add(x)));
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'fulfilled']);
  });
});
