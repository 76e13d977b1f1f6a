/**
 * Quantities a reply states (amounts, durations, counts per period, percentages, clock times), so
 * a stated fact can be compared with the scenario's key values: "three to five working days" is
 * not "one working day", "每笔50元" is not "每笔150元".
 */
import { zhNumber, zhSum } from './zh-numerals.ts';
export type QuantityKind = 'money' | 'duration' | 'percent' | 'clock' | 'count' | 'date';

export interface Quantity {
  kind: QuantityKind;
  /** Lowest and highest value ("3 to 5 days" is 3..5), in the kind's base unit (days, yuan, minutes; a date is month × 100 + day). */
  low: number;
  high: number;
  /** What it counts: for a duration "hours" (minutes, hours) or "days" (days to years), else the kind. */
  unit: string;
  text: string;
  start: number;
  end: number;
}

const WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  ninety: 90,
  hundred: 100,
  half: 0.5,
  couple: 2,
  few: 3,
};
function number(raw: string): number | undefined {
  const t = raw
    .trim()
    .toLowerCase()
    .replace(/,(?=\d{3})/g, '');
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  if (t in WORDS) return WORDS[t];
  const zh = zhNumber(t.replace(/\s/g, ''));
  return zh !== undefined && !Number.isNaN(zh) ? zh : undefined;
}

const DAYS: Record<string, number> = {
  minute: 1 / 1440,
  min: 1 / 1440,
  hour: 1 / 24,
  hr: 1 / 24,
  day: 1,
  'working day': 1,
  'business day': 1,
  week: 7,
  month: 30,
  year: 365,
  分钟: 1 / 1440,
  小时: 1 / 24,
  钟头: 1 / 24,
  天: 1,
  日: 1,
  工作日: 1,
  周: 7,
  星期: 7,
  礼拜: 7,
  月: 30,
  年: 365,
};

// Hours and minutes time a step within the day ("48 hours after the warehouse signs"); days, weeks,
// months and years time a rule or a window ("within 7 days of delivery"): one never contradicts the other.
const HOURS = new Set(['minute', 'min', 'hour', 'hr', '分钟', '小时', '钟头']);
const unitOf = (kind: QuantityKind, unit: string | undefined) =>
  kind === 'duration' ? (HOURS.has(unit ?? '') ? 'hours' : 'days') : kind;

const N_EN = String.raw`\d+(?:[.,]\d+)*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|half|a couple of|a few`;
const N_ZH = String.raw`[\d.]+|[零〇一二两三四五六七八九十百千万半]+`;
const RANGE = String.raw`\s*(?:to|-|–|~|～|or|到|至|或)\s*`;
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const MON = String.raw`(?:${MONTHS}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?`;
const PATTERNS: {
  kind: QuantityKind;
  re: RegExp;
  unit: (m: RegExpExecArray) => string | undefined;
  values?: (m: RegExpExecArray) => [number, number] | undefined;
}[] = [
  // Dates before durations: "8月31日" is a day of August, not eight months and 31 days.
  {
    kind: 'date',
    re: new RegExp(
      String.raw`(\d{1,2}|[一二三四五六七八九十]{1,2})月(\d{1,2}|[一二三四五六七八九十]{1,3})(?:日|号)|\b(\d{1,2})(?:st|nd|rd|th)?\s+(${MON})\b|\b(${MON})\s+(\d{1,2})(?:st|nd|rd|th)?\b`,
      'giu',
    ),
    unit: () => 'date',
  },
  {
    kind: 'duration',
    re: new RegExp(
      String.raw`\b(${N_EN})(?:${RANGE}(${N_EN}))?[\s-]*(working day|business day|minute|min|hour|hr|day|week|month|year)s?\b`,
      'giu',
    ),
    unit: (m) => m[3]?.toLowerCase(),
  },
  {
    kind: 'duration',
    re: new RegExp(
      String.raw`(${N_ZH})(?:${RANGE}(${N_ZH}))?\s*(?:个)?(?:多)?(分钟|小时|钟头|工作日|天|周|星期|礼拜|个月|月|年)`,
      'gu',
    ),
    unit: (m) => (m[3] === '个月' ? '月' : m[3]),
  },
  // A sum in Chinese numerals, before the digits' pattern so "3万2千多元" is one sum, not "3万".
  {
    kind: 'money',
    re: /(?<![\d.零〇一二两三四五六七八九十百千万几上数])([\d零〇一二两三四五六七八九]*[十百千万][\d零〇一二两三四五六七八九十百千万]*)(多)?(?:块钱?|元|美元|美金)/gu,
    unit: () => 'money',
    values: zhSum,
  },
  {
    kind: 'money',
    re: new RegExp(
      String.raw`(?:rmb|cny|usd|us\$|\$|¥|￥|£|€)\s?(\d+(?:[.,]\d+)*)(?:${RANGE}(\d+(?:[.,]\d+)*))?|(\d+(?:[.,]\d+)*)(?:${RANGE}(\d+(?:[.,]\d+)*))?\s?(?:yuan|rmb|usd|dollars?|元|块|美元|万元|万)`,
      'giu',
    ),
    unit: () => 'money',
  },
  {
    kind: 'percent',
    re: /(\d+(?:\.\d+)?)\s?(?:%|％|percent|per cent)|百分之([\d.零一二两三四五六七八九十]+)/giu,
    unit: () => '%',
  },
  // "4 pm", "4:30pm", "9 a.m.": on the 24-hour clock, before the plain clock takes the "4:30".
  {
    kind: 'clock',
    re: /\b(\d{1,2})(?::(\d{2}))?\s?([ap])\.?m\b\.?/giu,
    unit: () => 'clock',
    values: (m) => {
      const h = (Number(m[1]) % 12) + (m[3]?.toLowerCase() === 'p' ? 12 : 0);
      return Number(m[1]) > 12 ? undefined : same(h * 60 + Number(m[2] ?? 0));
    },
  },
  { kind: 'clock', re: /\b(\d{1,2}):(\d{2})\b|(\d{1,2})点(半)?/gu, unit: () => 'clock' },
  {
    kind: 'count',
    re: new RegExp(
      String.raw`(?:最多|只能|可以)?(?:测|做|办|申请)?(${N_ZH})\s?次|\b(${N_EN})\s+(?:times?|attempts?|tries|goes)\b|\b(once|twice)\b`,
      'giu',
    ),
    unit: () => 'count',
  },
];

function valuesOf(
  kind: QuantityKind,
  m: RegExpExecArray,
  unit: string | undefined,
): [number, number] | undefined {
  if (kind === 'clock') {
    if (m[1] !== undefined) return same(Number(m[1]) * 60 + Number(m[2]));
    return same(Number(m[3]) * 60 + (m[4] ? 30 : 0));
  }
  if (kind === 'count' && m[3]) return same(m[3].toLowerCase() === 'once' ? 1 : 2);
  // "3 times" has its number in the English group: the Chinese one is empty.
  if (kind === 'count' && m[1] === undefined) {
    const n = number(m[2] ?? '');
    return n === undefined ? undefined : same(n);
  }
  if (kind === 'date') return dateOf(m);
  const groups = kind === 'money' && m[1] === undefined ? [m[3], m[4]] : [m[1], m[2]];
  const a = groups[0] === undefined ? undefined : number(groups[0]);
  if (a === undefined) return undefined;
  const b = groups[1] === undefined ? a : (number(groups[1]) ?? a);
  let scale = kind === 'duration' ? (DAYS[unit ?? ''] ?? 1) : 1;
  if (kind === 'money' && /万/.test(m[0]) && !/万元?$/.test(String(groups[0]))) scale = 10_000;
  return [Math.min(a, b) * scale, Math.max(a, b) * scale];
}
const same = (x: number): [number, number] => [x, x];

function monthOf(name: string): number | undefined {
  const i = MONTHS.split('|').findIndex((full) =>
    full.startsWith(name.toLowerCase().replace(/\.$/, '').slice(0, 3)),
  );
  return i < 0 ? undefined : i + 1;
}

function dateOf(m: RegExpExecArray): [number, number] | undefined {
  const [month, day] =
    m[1] !== undefined
      ? [number(m[1]), number(m[2] ?? '')]
      : m[3] !== undefined
        ? [monthOf(m[4] ?? ''), Number(m[3])]
        : [monthOf(m[5] ?? ''), Number(m[6])];
  if (!month || !day || month > 12 || day > 31) return undefined;
  return same(month * 100 + day);
}

/**
 * "1 may take a while", "2 cards may be replaced": the modal verb after a number, not the month.
 * "1 May" capitalised, or "may" with no word after it ("on 1 may."), stays a date.
 */
function modalMay(text: string, m: RegExpExecArray): boolean {
  const month = m[4];
  if (month?.toLowerCase() !== 'may' || month === 'May') return false;
  return /^\s+[a-z]/iu.test(text.slice(m.index + m[0].length));
}

/** "once the money is back", "once you've signed": the conjunction, not a count of one. */
function conjunctionOnce(text: string, m: RegExpExecArray): boolean {
  return (
    m[3]?.toLowerCase() === 'once' &&
    /^\s+(?:the|it|it's|you|you've|you're|your|we|we've|they|he|she|that|this|i|i've|everything|all)\b/iu.test(
      text.slice(m.index + m[0].length),
    )
  );
}

/** "5,000 yuan a day", "twice a month": "a day" after an amount or a count is a rate, not a duration. */
function rate(text: string, p: { kind: QuantityKind }, m: RegExpExecArray): boolean {
  return (
    p.kind === 'duration' &&
    /^an?$/iu.test(m[1] ?? '') &&
    /(?:\d|yuan|rmb|usd|dollars?|pounds?|times|twice|once|%)\s*$/iu.test(text.slice(0, m.index))
  );
}

/** Every quantity in the text, in order, without overlaps. */
export function quantitiesOf(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      if (!m[0]) {
        p.re.lastIndex++;
        continue;
      }
      const unit = p.unit(m);
      const v = p.values ? p.values(m) : valuesOf(p.kind, m, unit);
      if (
        !v ||
        (p.kind === 'date' && modalMay(text, m)) ||
        (p.kind === 'count' && conjunctionOnce(text, m)) ||
        rate(text, p, m)
      )
        continue;
      const q = {
        kind: p.kind,
        low: v[0],
        high: v[1],
        unit: unitOf(p.kind, unit),
        text: m[0],
        start: m.index,
        end: m.index + m[0].length,
      };
      if (!out.some((o) => o.start < q.end && q.start < o.end)) out.push(q);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether two quantities of one kind can state the same value (ranges that overlap agree). */
export function agrees(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind) return false;
  const tol = (x: number) => Math.abs(x) * 0.02 + 1e-9;
  return a.low <= b.high + tol(b.high) && b.low <= a.high + tol(a.high);
}
