import { describe, expect, it } from 'vitest';
import { commandOf } from '../../adapters/wechat/parse.ts';
import { MAX_BYTES, renderText } from '../../adapters/wechat/render.ts';

describe('WeChat text', () => {
  it('splits long Chinese text into messages within the byte limit, never inside a character', () => {
    const long = '客户很着急，'.repeat(800);
    const parts = renderText({ text: long });
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(MAX_BYTES);
    expect(parts.join('')).toBe(long);
  });

  it('lays out fields with the colon of their language', () => {
    const [zh] = renderText({
      text: '',
      blocks: [{ type: 'fields', fields: [{ label: '客户', value: '林女士' }] }],
    });
    const [en] = renderText({
      text: '',
      blocks: [{ type: 'fields', fields: [{ label: 'Customer', value: 'Ms Lin' }] }],
    });
    expect(zh).toBe('客户：林女士');
    expect(en).toBe('Customer: Ms Lin');
  });

  it('reads plain words as commands in their language, and sentences as replies', () => {
    expect(commandOf('开始练习')).toEqual({ name: 'start', lang: 'zh', args: [] });
    expect(commandOf('  结束 ')).toEqual({ name: 'end', lang: 'zh', args: [] });
    expect(commandOf('Hint')).toEqual({ name: 'hint', lang: 'en', args: [] });
    expect(commandOf('start card-frozen-after-travel EN exam')).toEqual({
      name: 'start',
      lang: 'en',
      args: ['card-frozen-after-travel', 'en', 'exam'],
    });
    expect(commandOf('start by checking the card')).toBeUndefined();
    expect(commandOf('开始之前我先核实一下您的身份')).toBeUndefined();
  });
});
