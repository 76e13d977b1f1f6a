import { z } from 'zod';
import { requireAll } from '../../src/app/adapter-module.ts';

export const WebhookClient = z.object({
  id: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'a client id of letters, digits, ".", "_" or "-"'),
  secret: z.string().min(16, 'a secret of at least 16 characters'),
  /** Where late replies go when an event names no callbackUrl. */
  callbackUrl: z.url({ protocol: /^https?$/ }).optional(),
});
export type WebhookClient = z.infer<typeof WebhookClient>;

/** `id:secret` pairs separated by commas (the environment), or a list of clients (the config file). */
const Clients = z.union([
  z
    .string()
    .min(1)
    .transform((text, ctx) => {
      const pairs = text.split(',').map((p) => p.trim());
      const out: { id: string; secret: string }[] = [];
      for (const pair of pairs) {
        const at = pair.indexOf(':');
        if (at <= 0) {
          ctx.addIssue({ code: 'custom', message: 'expected id:secret pairs separated by commas' });
          return z.NEVER;
        }
        out.push({ id: pair.slice(0, at), secret: pair.slice(at + 1) });
      }
      return out;
    })
    .pipe(z.array(WebhookClient)),
  z.array(WebhookClient).min(1),
]);

/** The signed JSON webhook's settings: who may call it, and how long a request waits for the bot. */
export const WebhookSettings = z.object({
  WEBHOOK_CLIENTS: Clients.optional().describe('id:secret pairs, comma-separated'),
  WEBHOOK_REPLY_WITHIN_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(4500)
    .default(4500)
    .describe('how long a request waits to answer inline before 202 + callback'),
  WEBHOOK_CALLBACK_RETRIES: z.coerce.number().int().min(0).max(30).default(10),
  WEBHOOK_CALLBACK_BACKOFF_MS: z.coerce.number().int().min(1).max(600_000).default(1000),
  WEBHOOK_CALLBACK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
});
export type WebhookSettings = z.infer<typeof WebhookSettings>;

export const webhookState = (s: WebhookSettings) => requireAll(s, ['WEBHOOK_CLIENTS']);
