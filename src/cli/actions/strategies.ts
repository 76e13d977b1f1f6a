import { stageById } from '../../csc/stages.ts';
import { PRIMARY_PRIORITY, STRATEGIES } from '../../csc/strategies.ts';
import { type CliContext, readSettings } from '../settings.ts';

export function renderStrategyTable(lang: 'zh' | 'en'): string {
  const head =
    lang === 'zh'
      ? ['代码', '策略', '阶段', '适用', '不适用']
      : ['code', 'strategy', 'stage', 'use when', 'not when'];
  const rows = STRATEGIES.map((s) => [
    s.code,
    s.name[lang],
    s.stage ? stageById(s.stage).name[lang] : '—',
    s.useWhen[lang],
    s.notWhen[lang],
  ]);
  const lines = [head, ...rows].map((r) => r.join(' | '));
  const priority = lang === 'zh' ? '主标签优先级' : 'Primary-label priority';
  return `${lines.join('\n')}\n\n${priority}: ${PRIMARY_PRIORITY.join(' > ')}\n`;
}

export async function strategies(ctx: CliContext, opts: { lang?: 'zh' | 'en' }): Promise<void> {
  const lang = opts.lang ?? (await readSettings(ctx)).config.DEFAULT_LANG;
  process.stdout.write(renderStrategyTable(lang));
}
