// Run by redis-faults.test.ts in a child process: a recovery worker that spins starves the event
// loop, and only a parent process can still tell the test it hung.
import { createClient } from '@keyv/redis';
import type { Inbound } from '../../src/chat/contract/inbound.ts';
import { RedisInbox } from '../../src/store/redis-inbox.ts';
import { OwnRedis, sparePort } from './redis-server.ts';

const own = new OwnRedis(await sparePort());
await own.start();
// As the store opens it: commands fail at once while the connection is down.
const client = createClient({
  url: own.url,
  disableOfflineQueue: true,
  socket: { reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 200) },
});
client.on('error', () => {});
await client.connect();
let workerErrors = 0;
const inbox = new RedisInbox(client, { graceMs: 1, onError: () => workerErrors++ });
let outage: () => void = () => {};
const outageStarted = new Promise<void>((r) => {
  outage = r;
});
let draining = 0;
let busy: () => void = () => {};
const allBusy = new Promise<void>((r) => {
  busy = r;
});
// Every worker slot holds a conversation until Redis goes away; then they all finish at once.
inbox.recover(async () => {
  if (++draining === 4) busy();
  await outageStarted;
});
const event = (id: string): Inbound => ({
  type: 'message',
  eventId: id,
  key: `fake:${id}`,
  actor: { platform: 'fake', user: 'U1' },
  text: 'still there?',
  at: new Date().toISOString(),
  where: 'thread',
});
for (let i = 0; i < 40; i++) await inbox.record(`fake:e${i}`, `fake:e${i}`, event(`e${i}`));
await allBusy;
await own.stop();
outage();
// Reconnect attempts run on timers: they come only while the event loop is free.
await new Promise<void>((resolve) => {
  let attempts = 0;
  client.on('reconnecting', () => {
    if (++attempts === 3) resolve();
  });
});
await inbox.close();
client.destroy();
process.stdout.write(`${JSON.stringify({ workerErrors })}\n`);
