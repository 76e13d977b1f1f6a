// Replays the agent side of the authored calibration conversations (written by people who never saw
// the customer's code) against the offline customer, and counts the simulator errors a checker can
// see without the customer's own readers: data volunteered, codes volunteered, repeated or numbered
// lines, fields read aloud, several facts for one question, facts on a give-up line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '../../src/app/core.ts';
import { loadConfig } from '../../src/config/config.ts';
import type { Persona } from '../../src/content/persona.ts';
import type { Scenario } from '../../src/content/scenario.ts';
import { ownIdentity } from '../../src/customer/identity-data.ts';
import { spokenDate } from '../../src/customer/phrases.ts';
import { openStore } from '../../src/store/open-store.ts';
import { drillDefects } from '../customer/defects.ts';

export const CALIBRATION = join(import.meta.dirname, '../fixtures/authored/judge-calibration');

interface Row {
  id: string;
  scenario: string;
  lang: 'zh' | 'en';
  kind: string;
  transcript: { speaker: 'agent' | 'customer'; text: string }[];
}

export interface Finding {
  drill: string;
  turn: number;
  kind: string;
  line: string;
}

export interface ReplayReport {
  drills: number;
  customerLines: number;
  findings: Finding[];
  endings: Record<string, number>;
}

/** Words that mention each piece of identity data at all, in either language (a generous check). */
const MENTIONS = {
  name: /name|who (?:am i|i am)|call you|姓名|名字|称呼|贵姓|叫什么|户名/iu,
  phone: /phone|mobile|number|手机|电话|号码|号/iu,
  birth: /birth|born|dob|age|old|出生|生日|年龄|几岁|多大/iu,
  code: /code|otp|验证码|动态码|six|6[- ]digit|6位|六位/iu,
  card: /card|ending|last (?:four|4)|卡|尾号|后四位/iu,
};

/** Question marks, and the "and"s inside a question that ask for a second thing. */
const QUESTIONS = /[?？]|吗[。！]?$|吗[，,]|\b(?:and|or)\b(?=[^?？]*[?？])|[和及或](?=[^?？]*[?？])/gu;

/** Identity values of the customer that appear nowhere in the scenario's own customer text. */
function privateValues(sc: Scenario, p: Persona, lang: 'zh' | 'en') {
  const id = ownIdentity(sc, p);
  const story = JSON.stringify([
    sc.openingLine,
    sc.upFront,
    sc.hiddenFacts.map((f) => f.says),
    sc.objections,
  ]);
  const values: { kind: keyof typeof MENTIONS; value: string }[] = [
    { kind: 'name', value: id.fullName[lang] },
    { kind: 'phone', value: id.phone.replace(/\D/g, '') },
    { kind: 'birth', value: spokenDate(id.dateOfBirth, lang) },
    { kind: 'card', value: id.cardLastFour },
  ];
  return values.filter((v) => !story.includes(v.value));
}

export async function replayCalibration(files = ['en', 'zh'], seeds = [7, 11]): Promise<ReplayReport> {
  let now = Date.parse('2026-11-23T09:00:00Z');
  const clock = () => {
    now += 20_000;
    return new Date(now);
  };
  const store = await openStore('memory://');
  const { service } = await createCore({ ...loadConfig({}), STORE_URL: 'memory://' }, { store, clock });
  const report: ReplayReport = { drills: 0, customerLines: 0, findings: [], endings: {} };
  for (const lang of files) {
    const rows = readFileSync(join(CALIBRATION, `${lang}.conversations.jsonl`), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Row);
    for (const row of rows) {
      for (const seed of seeds) {
        const trainee = { id: `t-${row.id}-${seed}` };
        const started = await service.start({ trainee, scenarioId: row.scenario, lang: row.lang, seed });
        const { scenario, persona } = started;
        const secret = privateValues(scenario, persona, row.lang);
        const goal = scenario.customerGoal[row.lang];
        const said: string[] = [started.opening.text];
        const drill = `${row.id}#${seed}`;
        const find = (turn: number, kind: string, line: string) =>
          report.findings.push({ drill, turn, kind, line });
        report.drills++;
        let ended: string | undefined;
        const asked: Record<string, boolean> = {};
        for (const [turn, e] of row.transcript.filter((x) => x.speaker === 'agent').entries()) {
          for (const k of Object.keys(MENTIONS) as (keyof typeof MENTIONS)[])
            asked[k] = asked[k] || MENTIONS[k].test(e.text);
          const r = await service.reply(started.drill.id, trainee.id, e.text);
          const c = r.customer;
          if (!c) break;
          report.customerLines++;
          const line = c.text;
          for (const v of secret)
            if (line.replace(/\s/g, '').includes(v.value.replace(/\s/g, '')) && !asked[v.kind])
              find(turn, `volunteered ${v.kind}`, line);
          if (
            /(?<!\d)\d{6}(?!\d)/.test(line.replace(/[\s,.]/g, ' ')) &&
            /\b\d{6}\b/.test(line) &&
            !asked.code
          )
            find(turn, 'volunteered code', line);
          if (said.includes(line)) find(turn, 'repeated line', line);
          if (/[（(]\d+[)）]\s*$|same question:|还是那个问题：/iu.test(line)) find(turn, 'counter', line);
          if (goal.length > 8 && line.includes(goal)) find(turn, 'field read aloud', line);
          const questions = (e.text.match(QUESTIONS) ?? []).length;
          if ((c.revealed?.length ?? 0) > Math.max(1, questions))
            find(turn, 'several facts for one question', line);
          if (r.ended?.reason === 'customer-gave-up' && c.revealed?.length)
            find(turn, 'fact on a give-up line', line);
          said.push(line);
          if (r.ended) {
            ended = r.ended.reason;
            break;
          }
        }
        if (!ended) {
          await service.end(started.drill.id, trainee.id);
          ended = 'open at the end';
        }
        const { transcript } = await service.status(started.drill.id);
        for (const d of drillDefects(scenario, row.lang, transcript))
          find(transcript.slice(0, d.index).filter((x) => x.speaker === 'agent').length - 1, d.kind, d.line);
        report.endings[ended] = (report.endings[ended] ?? 0) + 1;
      }
    }
  }
  return report;
}
