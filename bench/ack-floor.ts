import { spawn } from 'node:child_process';
import { percentile } from './stats.ts';

/** A server that does nothing but read the body and answer 200, in a process of its own. */
const NO_OP_SERVER = `
const server = require('node:http').createServer((req, res) => {
  req.resume();
  req.on('end', () => res.writeHead(200).end());
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;

/**
 * The floor under the durable bench's first-turn ack: the same client (fetch) after the same warm-up
 * of 20, then N requests at once — as the first turn of N drills arrives — against a server that does
 * no work at all. What the bot adds to its first-turn ack p99 is the difference.
 */
export async function ackFloor(senders = 200): Promise<{ ackP99: number }> {
  const child = spawn(process.execPath, ['-e', NO_OP_SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const port = await new Promise<string>((resolve) =>
      child.stdout.once('data', (d) => resolve(String(d).trim())),
    );
    const url = `http://127.0.0.1:${port}/slack/events`;
    const send = async () => {
      const t0 = performance.now();
      const r = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      await r.arrayBuffer();
      return performance.now() - t0;
    };
    await Promise.all(Array.from({ length: 20 }, send));
    const burst = await Promise.all(Array.from({ length: senders }, send));
    return { ackP99: Math.round(percentile(burst, 99) * 100) / 100 };
  } finally {
    child.kill();
  }
}
