import { z } from 'zod';
import { LangSchema } from '../../src/csc/text.ts';

// The webhook's wire format. These zod schemas are the single source: requests are validated with
// them at the edge and manifest/webhook/*.schema.json is generated from them.

const Id = z.string().min(1).max(256);

export const WebhookUser = z.strictObject({
  /** The client's own id for the person; namespaced by client id inside the bot. */
  id: Id,
  name: z.string().max(128).optional(),
  /** Set for messages written by a bot in the client's chat: recorded, never answered. */
  bot: z.boolean().optional(),
});

const base = {
  eventId: Id.describe('unique per event; a retry carries the same id and is answered once'),
  user: WebhookUser,
  conversationId: Id,
  lang: LangSchema.optional(),
  callbackUrl: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .optional()
    .describe('where replies go when they are not ready within 4.5 s (remembered per conversation)'),
};

export const CommandEvent = z.strictObject({
  type: z.literal('command'),
  ...base,
  command: z.strictObject({
    name: z.string().min(1).max(32).describe('start, end, hint, status, list or help'),
    args: z.array(z.string().min(1).max(200)).max(10).default([]),
  }),
});

export const MessageEvent = z.strictObject({
  type: z.literal('message'),
  ...base,
  text: z.string().max(20_000),
});

export const ActionEvent = z.strictObject({
  type: z.literal('action'),
  ...base,
  action: z.strictObject({ id: z.string().min(1).max(100), value: z.string().max(2000) }),
});

export const WebhookEvent = z.discriminatedUnion('type', [CommandEvent, MessageEvent, ActionEvent]);
export type WebhookEvent = z.infer<typeof WebhookEvent>;

export const SignInLinkRequest = z.strictObject({
  user: z.strictObject({ id: Id, name: z.string().max(128).optional() }),
  /** Land on this drill's scorecard after signing in. */
  drillId: z.string().min(1).max(64).optional(),
});

const Span = z.object({ text: z.string(), style: z.enum(['bold', 'code']).optional() });
const Block = z.discriminatedUnion('type', [
  z.object({ type: z.literal('heading'), text: z.string() }),
  z.object({ type: z.literal('text'), spans: z.array(Span) }),
  z.object({
    type: z.literal('fields'),
    fields: z.array(z.object({ label: z.string(), value: z.string() })),
  }),
  z.object({
    type: z.literal('tags'),
    tags: z.array(z.object({ code: z.string(), label: z.string(), primary: z.boolean().optional() })),
    note: z.string().optional(),
  }),
  z.object({
    type: z.literal('buttons'),
    buttons: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        value: z.string(),
        style: z.enum(['primary', 'danger']).optional(),
      }),
    ),
  }),
  z.object({
    type: z.literal('select'),
    id: z.string(),
    placeholder: z.string(),
    options: z.array(z.object({ label: z.string(), value: z.string() })),
  }),
  z.object({ type: z.literal('context'), spans: z.array(Span) }),
  z.object({ type: z.literal('divider') }),
]);

/** One message of the bot, in the neutral message model: plain text always, blocks to lay out richer. */
export const WebhookMessage = z.object({
  id: z
    .string()
    .describe(
      'unique per message; a message sent again after the bot restarted mid-turn keeps its id: show it once',
    ),
  conversationId: z.string(),
  /** `private`: for `userId` only (errors, hints, pickers); show it to nobody else. */
  visibility: z.enum(['conversation', 'private']),
  userId: z.string().optional(),
  text: z.string(),
  blocks: z.array(Block).optional(),
  image: z
    .object({
      contentType: z.literal('image/png'),
      filename: z.string(),
      alt: z.string(),
      base64: z.string(),
    })
    .optional(),
});
export type WebhookMessage = z.infer<typeof WebhookMessage>;

export const InlineReply = z.object({
  messages: z.array(WebhookMessage),
  duplicate: z.boolean().optional(),
});
export const Accepted = z.object({ accepted: z.literal(true), duplicate: z.boolean().optional() });
export const Callback = z.object({
  deliveryId: z.string(),
  conversationId: z.string(),
  messages: z.array(WebhookMessage),
});
export const SignInLink = z.object({ url: z.url(), expiresAt: z.iso.datetime() });
