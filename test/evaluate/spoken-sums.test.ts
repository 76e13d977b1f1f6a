import { describe, expect, it } from 'vitest';
import { quantitiesOf } from '../../src/evaluate/quantities.ts';

const sums = (text: string) =>
  quantitiesOf(text)
    .filter((q) => q.kind === 'money')
    .map((q) => [q.low, q.high]);

describe('sums said in Chinese numerals, as a trainee types them', () => {
  it('reads the place a speaker leaves out: 一千五 is 1500, 两万三 23000, 三百五 350', () => {
    expect(sums('违约金大概一千五块')).toEqual([[1500, 1500]]);
    expect(sums('额度是两万三元')).toEqual([[23000, 23000]]);
    expect(sums('手续费三百五块')).toEqual([[350, 350]]);
    expect(sums('一千零五元')).toEqual([[1005, 1005]]);
  });

  it('reads 多 as up to the next of the last place, and digits mixed with places as one sum', () => {
    expect(sums('App上写的是一千五百多块')).toEqual([[1500, 1600]]);
    expect(sums('余额3万2千多元')).toEqual([[32000, 33000]]);
    expect(sums('1.5万元')).toEqual([[15000, 15000]]);
  });

  it('leaves words that only look like sums alone', () => {
    expect(sums('我们一块去网点吧')).toEqual([]);
    expect(sums('几千块的事')).toEqual([]);
  });
});
