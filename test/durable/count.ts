import { expect } from 'vitest';
import { slackKeys } from '../../adapters/slack/key.ts';
import type { TranscriptEntry } from '../../src/drill/model.ts';
import { DrillRepository } from '../../src/store/drill-repository.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { SlackCall } from '../support/fake-slack.ts';

const unescapeSlack = (s: string) =>
  s.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

/** The stored transcript of the drill in a Slack thread, read from the store the replicas share. */
export async function storedTranscript(storeUrl: string, channel: string, threadTs: string) {
  const store = await openStore(storeUrl);
  try {
    const repo = new DrillRepository(store.kv, store.atomic);
    const id = await repo.drillForThread(slackKeys.encode({ team: 'T1', channel, thread: threadTs }));
    if (!id) throw new Error(`no drill linked to thread ${threadTs}`);
    const drill = await repo.get(id);
    if (!drill) throw new Error(`drill ${id} is missing`);
    return { drill, transcript: await repo.transcript(drill) };
  } finally {
    await store.close();
  }
}

/**
 * The counts a crash must not change: every trainee line sent is stored once, in the order sent;
 * every customer line stored was posted into the thread once, in the same order; nothing else.
 */
export function expectEachTurnOnce(
  sent: readonly string[],
  transcript: readonly TranscriptEntry[],
  threadPosts: readonly SlackCall[],
) {
  const agent = transcript.filter((e) => e.speaker === 'agent').map((e) => e.text);
  expect(agent, 'trainee lines stored: none lost, none doubled, in order').toEqual(sent);
  expect(transcript.map((e) => e.speaker)).toEqual(
    transcript.map((_, i) => (i % 2 === 0 ? 'customer' : 'agent')),
  );
  const customer = transcript.filter((e) => e.speaker === 'customer').map((e) => e.text);
  const matched = threadPosts.filter((c) =>
    customer.some((line) => unescapeSlack(String(c.args.text ?? '')).includes(line)),
  );
  const lines = matched.map((c) => unescapeSlack(String(c.args.text ?? '')));
  expect(
    lines,
    `customer lines posted: each stored one once, in order (posted by ${matched.map((c) => c.replica ?? '-').join(',')})`,
  ).toHaveLength(customer.length);
  for (const [i, t] of lines.entries()) expect(t).toContain(customer[i]);
}
