#!/usr/bin/env node
// A reference client of the CSC Drill webhook, using nothing but Node 20: it signs its requests,
// runs one short drill, prints every message the bot sends, and checks the signature of the
// late replies the bot POSTs back to it.
//
//   CSC_URL=http://127.0.0.1:3000 CSC_CLIENT_SECRET=… node client.mjs [scenario] [zh|en]
// (the secret alone tells the server which client is calling)
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';

const base = process.env.CSC_URL ?? 'http://127.0.0.1:3000';
const secret = process.env.CSC_CLIENT_SECRET;
const [scenario = 'card-frozen-after-travel', lang = 'en'] = process.argv.slice(2);
if (!secret) {
  console.error(
    'CSC_CLIENT_SECRET: the secret this client shares with the server (WEBHOOK_CLIENTS) is not set',
  );
  process.exit(2);
}

/** The documented rule: sha256=<hex HMAC-SHA256 of "<timestamp>.<nonce>.<raw body>">. */
const sign = (timestamp, nonce, body) =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.${nonce}.${body}`).digest('hex')}`;

function verified(headers, body) {
  const ts = String(headers['x-csc-timestamp'] ?? '');
  const given = Buffer.from(String(headers['x-csc-signature'] ?? ''));
  const expected = Buffer.from(sign(ts, String(headers['x-csc-nonce'] ?? ''), body));
  const fresh = Math.abs(Number(ts) - Date.now() / 1000) <= 300;
  return fresh && given.length === expected.length && timingSafeEqual(given, expected);
}

// A message the bot sends again after a restart keeps its id: show each id once.
const shown = new Set();
const print = (how, messages) => {
  for (const m of messages) {
    if (shown.has(m.id)) continue;
    shown.add(m.id);
    const who = m.visibility === 'private' ? `(only for ${m.userId}) ` : '';
    console.log(`[${how}] ${who}${m.text}`);
  }
};

// Late replies arrive here; each step waits for the one it caused before going on.
let waiting;
const receiver = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    if (!verified(req.headers, body)) {
      res.writeHead(401).end();
      console.error('callback with a bad signature refused');
      return;
    }
    res.writeHead(200).end();
    print('callback', JSON.parse(body).messages);
    waiting?.();
  });
});
await new Promise((r) => receiver.listen(0, '127.0.0.1', r));
const callbackUrl = `http://127.0.0.1:${receiver.address().port}/csc-callback`;

async function call(path, payload) {
  const body = JSON.stringify(payload);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = randomUUID();
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-csc-timestamp': timestamp,
      'x-csc-nonce': nonce,
      'x-csc-signature': sign(timestamp, nonce, body),
    },
    body,
  });
  const answer = await res.json();
  if (res.status >= 400) throw new Error(`${path}: HTTP ${res.status} ${answer.error?.message ?? ''}`);
  return { status: res.status, answer };
}

const user = { id: 'demo-user', name: 'Demo' };
const conversationId = `demo-${Date.now()}`;
async function send(event) {
  const late = new Promise((r) => {
    waiting = r;
  });
  const { status, answer } = await call('/webhook/v1/events', {
    eventId: randomUUID(),
    user,
    conversationId,
    callbackUrl,
    ...event,
  });
  if (status === 200) print('inline', answer.messages);
  else await late; // 202: the messages come to callbackUrl
}

try {
  await send({ type: 'command', command: { name: 'start', args: [scenario, lang] } });
  const replies =
    lang === 'zh'
      ? [
          '您好，这里是华信银行客服，请问有什么可以帮您？',
          '非常理解您的着急，我先帮您核实一下身份，请提供身份证后四位。',
        ]
      : [
          'Hello, thank you for contacting Huaxin Bank, how can I help you today?',
          'I understand how stressful that is. Let me verify your identity first: could you give me the last four digits of your ID?',
        ];
  for (const text of replies) {
    console.log(`[me] ${text}`);
    await send({ type: 'message', text });
  }
  await send({ type: 'command', command: { name: 'end', args: [] } });
  const link = await call('/webhook/v1/sign-in-links', { user });
  console.log(`[sign-in link] ${link.answer.url} (until ${link.answer.expiresAt})`);
} finally {
  receiver.close();
}
