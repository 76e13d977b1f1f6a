import { describe, expect, it } from 'vitest';
import { escapeSlack, renderMessages, splitText } from '../../adapters/slack/render.ts';
import { loadValidLibrary } from '../../src/app/core.ts';
import { parseDrillCommand } from '../../src/bot/commands.ts';
import type { Inbound } from '../../src/chat/contract/inbound.ts';
import { Dispatcher } from '../../src/chat/runtime/dispatcher.ts';
import { loadConfig } from '../../src/config/config.ts';
import { createLogger } from '../../src/log.ts';
import { MemoryAtomic } from '../../src/store/memory-atomic.ts';

const library = loadValidLibrary(loadConfig({}));
const text = (t: string) => ({ style: 'text' as const, text: t });

describe('/drill arguments', () => {
  it('reads scenario, persona, language and mode in any order', () => {
    expect(parseDrillCommand(text('start exam zh grandma-li face-login-fails-app'), library)).toEqual({
      ok: true,
      name: 'start',
      mode: 'exam',
      lang: 'zh',
      personaId: 'grandma-li',
      scenarioId: 'face-login-fails-app',
    });
    expect(parseDrillCommand(text(''), library)).toEqual({ ok: true, name: 'start' });
    expect(parseDrillCommand(text('HINT'), library)).toEqual({ ok: true, name: 'hint' });
  });

  it('names the closest valid choice for a typo, in both languages', () => {
    const r = parseDrillCommand(text('start phishing'), library);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.en).toContain('closest: phishing-sms-clicked');
      expect(r.error.zh).toContain('phishing-sms-clicked');
    }
  });
});

describe('dispatcher', () => {
  it('runs one conversation’s events one at a time in arrival order, and never drops one', async () => {
    const log: string[] = [];
    const d = new Dispatcher({
      claims: new MemoryAtomic(),
      log: createLogger('silent'),
      handle: async (e) => {
        log.push(`${e.eventId}+`);
        // Yield to the event loop, so a second event could interleave if the queue let it.
        await new Promise((r) => setImmediate(r));
        log.push(`${e.eventId}-`);
      },
    });
    const ev = (id: string): Inbound => ({
      type: 'message',
      eventId: id,
      key: 'k',
      actor: { platform: 'fake', user: 'u' },
      text: id,
      at: '',
      where: 'thread',
    });
    for (const id of ['a', 'b', 'c', 'd']) await d.accept(ev(id));
    await d.settle();
    expect(log).toEqual(['a+', 'a-', 'b+', 'b-', 'c+', 'c-', 'd+', 'd-']);
  });
});

describe('Slack rendering', () => {
  it('escapes control characters so text never becomes a mention', () => {
    expect(escapeSlack('<!channel> & <@U1>')).toBe('&lt;!channel&gt; &amp; &lt;@U1&gt;');
  });

  it('splits long text within Slack’s limits', () => {
    const long = 'word '.repeat(2000);
    expect(splitText(long, 3000).every((p) => p.length <= 3000)).toBe(true);
    const messages = renderMessages({
      text: 'x',
      blocks: Array.from({ length: 60 }, () => ({ type: 'text' as const, spans: [{ text: long }] })),
    });
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(m.blocks?.length).toBeLessThanOrEqual(50);
  });
});
