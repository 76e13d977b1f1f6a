import type { Command } from 'commander';
import { loadConfig } from '../../config/config.ts';
import { stageById } from '../../csc/stages.ts';
import { PRIMARY_PRIORITY, STRATEGIES } from '../../csc/strategies.ts';
import { LangSchema } from '../../csc/text.ts';

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

export function registerStrategies(program: Command): void {
  program
    .command('strategies')
    .description('Print the 12 CSC strategies with their stages')
    .option('--lang <lang>', 'zh or en (default: DEFAULT_LANG)')
    .action((opts: { lang?: string }) => {
      const lang = LangSchema.parse(opts.lang ?? loadConfig().DEFAULT_LANG);
      process.stdout.write(renderStrategyTable(lang));
    });
}
