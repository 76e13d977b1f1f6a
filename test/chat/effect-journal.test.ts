import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import { EffectJournal } from '../../src/chat/runtime/effects.ts';

/** A keyv that counts its reads, so a test can see which handlings consult the journal. */
function countingStore() {
  const kv = new Keyv();
  let reads = 0;
  return {
    store: {
      get: (k: string) => {
        reads++;
        return kv.get(k);
      },
      set: (k: string, v: unknown, ttl?: number) => kv.set(k, v, ttl),
    },
    reads: () => reads,
  };
}

describe('the outbox of replies', () => {
  it('a replayed event answers what was delivered from the journal and posts only the rest', async () => {
    const { store } = countingStore();
    const journal = new EffectJournal(store);
    const posted: string[] = [];
    const post = (text: string) =>
      journal.once('post', async () => {
        posted.push(text);
        return text;
      });
    // The first handling posts one line, then its process dies before the second.
    await journal.run(
      'slack:Ev1',
      async () => {
        await post('customer line');
      },
      { replay: false },
    );
    await journal.run(
      'slack:Ev1',
      async () => {
        expect(await post('customer line')).toBe('customer line');
        await post('scorecard');
      },
      { replay: true },
    );
    expect(posted).toEqual(['customer line', 'scorecard']);
  });

  it('a first handling never reads the journal: there is nothing in it yet', async () => {
    const { store, reads } = countingStore();
    const journal = new EffectJournal(store);
    await journal.run(
      'slack:Ev2',
      async () => {
        await journal.once('post', async () => 'a');
        await journal.once('notify', async () => true);
      },
      { replay: false },
    );
    expect(reads()).toBe(0);
    await journal.run('slack:Ev2', async () => {
      await journal.once('post', async () => 'a');
    });
    expect(reads()).toBe(1);
  });
});
