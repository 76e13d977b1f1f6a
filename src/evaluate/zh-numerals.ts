// Chinese numerals as people say and type them, for the quantity reader.

const ZH_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  半: 0.5,
};

/**
 * A Chinese numeral up to the tens of thousands (十五, 二十, 三千, 5万); undefined when it is not one.
 * A single digit right after 百, 千 or 万 is the next place down, as people say it: 一千五 is 1500,
 * 两万三 23000, 三百五 350; 一千零五 is 1005.
 */
export function zhNumber(s: string): number | undefined {
  if (/^[\d.]+$/.test(s)) return Number(s);
  let total = 0;
  let current = 0;
  let unit = 0;
  let digits = 0;
  let zero = false;
  const place = (value: number) => {
    total += (current || 1) * value;
    current = 0;
    unit = value;
    digits = 0;
  };
  for (const ch of s) {
    if (ch in ZH_DIGITS) {
      current = ZH_DIGITS[ch] as number;
      digits++;
      if (current === 0) zero = true;
    } else if (/\d/.test(ch)) {
      current = current * 10 + Number(ch);
      digits++;
    } else if (ch === '十') place(10);
    else if (ch === '百') place(100);
    else if (ch === '千') place(1000);
    else if (ch === '万') {
      total = (total + current) * 10_000;
      current = 0;
      unit = 10_000;
      digits = 0;
    } else return undefined;
  }
  if (current && digits === 1 && unit >= 100 && !zero) return total + (current * unit) / 10;
  return total + current;
}

const ZH_PLACE: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10_000 };

/** 两千三百多块 / 3万2千多元: the sum, and with 多 up to the next of its last place. */
export function zhSum(m: RegExpExecArray): [number, number] | undefined {
  const low = zhNumber(m[1] ?? '');
  if (!low) return undefined;
  return [low, m[2] ? low + (ZH_PLACE[(m[1] ?? '').at(-1) ?? ''] ?? 1) : low];
}
