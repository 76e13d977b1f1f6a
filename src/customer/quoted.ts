/**
 * Lines that take up words the agent must have said in the turn being answered: "Don't tell me to
 * calm down" answers a "calm down", "say that figure again" a figure. Said to anything else, they
 * read as an answer to a message nobody sent.
 */
const TAKES_UP: { line: RegExp; agent: RegExp }[] = [
  { line: /calm down|\brelax\b|冷静/iu, agent: /\bcalm\b|\brelax|冷静|激动|别急|淡定|放轻松/iu },
  {
    line: /\bcommon\b|常见/iu,
    agent:
      /\b(?:common|happens (?:all the time|a lot|often)|usual|normal|standard|routine|lots of (?:people|customers))\b|常见|普遍|经常|很多人|不少人|正常|常规|常有/iu,
  },
  {
    line: /big deal|small thing|没什么大不了|小事/iu,
    agent:
      /big deal|\bsmall\b|\bminor\b|nothing to|\bno biggie\b|大不了|小事|没什么好|没啥好|不就是?|而已|至于|没必要/iu,
  },
  {
    line: /让她收验证码|receive a code|\bget the texts\b/iu,
    agent: /验证码|动态码|短信|\bcodes?\b|\bsms\b|\btexts?\b/iu,
  },
  { line: /overreact|无理取闹/iu, agent: /overreact|dramatic|fuss|反应|激动|闹|至于/iu },
  {
    line: /\bfigure\b|\bthat number\b|那个数|数字再|再报一遍|再说一遍.{0,4}数/iu,
    agent: /\d|[一二两三四五六七八九十百千万]+(?:元|块|天|个|期|万)/u,
  },
];

/** Whether a wording fits the agent's turn: it takes up no words the agent did not say. */
export const fitsTurn = (line: string, agentText: string): boolean =>
  TAKES_UP.every((r) => !r.line.test(line) || r.agent.test(agentText));

/** The wordings of a list that fit the agent's turn (its sentences). */
export const fitting = (list: readonly string[], agent: readonly { text: string }[]): string[] => {
  const heard = agent.map((s) => s.text).join(' ');
  return list.filter((o) => fitsTurn(o, heard));
};
