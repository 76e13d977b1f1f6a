import { afterEach, describe, expect, it } from 'vitest';
import { GREETING, type OpsApp, opsApp, parseMetrics } from './harness.ts';

describe('idle sweeper', () => {
  let o: OpsApp | undefined;
  afterEach(() => o?.close());

  it('ends and scores a drill nobody answered for IDLE_TIMEOUT_MINUTES, telling the trainee in its thread', async () => {
    o = await opsApp({ IDLE_TIMEOUT_MINUTES: '30' });
    const thread = await o.start();
    await o.reply(thread, GREETING);
    const drill = await o.app.service.activeDrill('fake:U1');
    expect(drill).toBeDefined();

    o.advance(29 * 60_000);
    expect(await o.app.sweepIdle()).toBe(0);
    expect((await o.app.service.drill(drill?.id as string)).status).toBe('active');

    o.advance(2 * 60_000);
    const before = o.adapter.posts.length;
    expect(await o.app.sweepIdle()).toBe(1);
    const posted = o.adapter.posts.slice(before);
    expect(posted.every((p) => p.key === thread)).toBe(true);
    expect(posted[0]?.message.text).toBe(
      'This drill had no reply for 30 minutes, so it was ended and scored. Start a new one whenever you like.',
    );
    expect(posted.length).toBe(2); // the notice, then the scorecard
    const ended = await o.app.service.status(drill?.id as string);
    expect(ended.drill.status).not.toBe('active');
    expect(ended.drill.endReason).toBe('idle-timeout');
    expect(ended.scorecard).toBeDefined();
    expect(await o.app.service.activeDrill('fake:U1')).toBeUndefined();
    expect(o.logs.find((l) => l.msg === 'idle drill ended and scored')).toMatchObject({ drillId: drill?.id });

    // A second pass finds nothing left to end.
    expect(await o.app.sweepIdle()).toBe(0);
    const text = await o.app.metrics.registry.metrics();
    expect(parseMetrics(text).get('csc_drill_idle_drills_ended_total')).toBe(1);
  });
});
