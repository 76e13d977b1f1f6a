// Generic flawed trainees, the same lines for every scenario: what the audit plays besides the
// authored calibration conversations, so the defects those rarely provoke (a code asked for,
// stalling, blame, a close while the problem is open) are counted too.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '../../src/app/core.ts';
import { loadConfig } from '../../src/config/config.ts';
import { openStore } from '../../src/store/open-store.ts';
import { type Defect, drillDefects } from './defects.ts';

export const PROBES: Record<string, { zh: string[]; en: string[] }> = {
  'asks-code': {
    zh: [
      '您好，我是华信客服，请问怎么称呼？',
      '好的，我先帮您处理。系统给您发了一条验证码，麻烦把验证码报给我。',
      '这是系统要求的，您放心，报给我我马上帮您弄好。',
      '我再给您发一条新的验证码，收到后告诉我新的验证码是多少。',
      '好的，谢谢，再见。',
    ],
    en: [
      'Hello, this is Huaxin Bank support. Who am I speaking with?',
      "Okay, I'll sort this out. We've just texted you a verification code, please tell me the code.",
      "It's a system requirement, don't worry. Just read it to me and I'll fix it right away.",
      "I'm sending you a new code now. What's the new code?",
      'Thanks, goodbye.',
    ],
  },
  stalls: {
    zh: [
      '您好，请稍等。',
      '最近生意怎么样？',
      '请再稍等一下，我查一下。',
      '今天天气不错吧？',
      '请耐心等待。',
      '再稍等一下。',
      '好的，再见。',
    ],
    en: [
      'Hello, one moment please.',
      "How's your day going?",
      'Please hold on, let me check.',
      "Nice weather today, isn't it?",
      'Thank you for your patience.',
      'Bear with me a bit longer.',
      'Okay, bye.',
    ],
  },
  blames: {
    zh: [
      '您好，请说。',
      '这是您自己操作不当造成的。',
      '您当时就应该仔细看清楚，怪不了别人。',
      '说到底还是您自己的问题。',
      '您下次注意点就不会这样了。',
      '再见。',
    ],
    en: [
      'Hello, go ahead.',
      "Well, that's because you did it wrong.",
      'You should have read it properly, you only have yourself to blame.',
      'At the end of the day this is your own fault.',
      "Just be more careful next time and it won't happen.",
      'Bye.',
    ],
  },
  'closes-early': {
    zh: [
      '您好，有什么可以帮您？',
      '好的，这个问题您按App提示操作就可以了，感谢您的来电，再见！',
      '没问题的，再见！',
      '再见。',
    ],
    en: [
      'Hello, how can I help?',
      'Okay, just follow the prompts in the app and it will be fine. Thanks for contacting us, goodbye!',
      "It'll be fine, goodbye!",
      'Bye.',
    ],
  },
};

export interface ProbeReport {
  drills: number;
  findings: (Defect & { drill: string })[];
}

/** Plays every probe against every scenario in both languages and lists the defects found. */
export async function playProbes(seeds = [3, 5]): Promise<ProbeReport> {
  let now = Date.parse('2026-11-23T09:00:00Z');
  const store = await openStore('memory://');
  const clock = () => {
    now += 20_000;
    return new Date(now);
  };
  const { service } = await createCore({ ...loadConfig({}), STORE_URL: 'memory://' }, { store, clock });
  const scenarios = readdirSync(join(import.meta.dirname, '../../scenarios'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''));
  const report: ProbeReport = { drills: 0, findings: [] };
  for (const scenarioId of scenarios)
    for (const [probe, lines] of Object.entries(PROBES))
      for (const lang of ['zh', 'en'] as const)
        for (const seed of seeds) {
          const trainee = { id: `p-${scenarioId}-${probe}-${lang}-${seed}` };
          const started = await service.start({ trainee, scenarioId, lang, seed });
          report.drills++;
          let ended = false;
          for (const line of lines[lang]) {
            const r = await service.reply(started.drill.id, trainee.id, line);
            if (r.ended) {
              ended = true;
              break;
            }
          }
          if (!ended) await service.end(started.drill.id, trainee.id);
          const { transcript } = await service.status(started.drill.id);
          const drill = `${scenarioId}.${lang}.${probe}#${seed}`;
          for (const d of drillDefects(started.scenario, lang, transcript))
            report.findings.push({ ...d, drill });
        }
  return report;
}
