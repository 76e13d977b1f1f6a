import type { Inbound } from '../../src/chat/contract/inbound.ts';
import { webhookKeys } from './key.ts';
import type { WebhookEvent } from './schemas.ts';

/**
 * A validated event → a neutral one. Ids are the client's, so the client id goes in front of
 * event ids and user ids: two clients never share a person or a dedupe slot.
 */
export function parseEvent(client: string, e: WebhookEvent, nowIso = new Date().toISOString()): Inbound {
  const common = {
    eventId: `${client}:${e.eventId}`,
    key: webhookKeys.encode({ client, conversation: e.conversationId }),
    actor: { platform: 'webhook', tenant: client, user: e.user.id, name: e.user.name, isBot: e.user.bot },
    lang: e.lang,
  };
  switch (e.type) {
    case 'command':
      return {
        ...common,
        type: 'command',
        input: {
          style: 'options',
          subcommand: e.command.name,
          options: Object.fromEntries(e.command.args.map((a, i) => [String(i), a])),
        },
      };
    case 'message':
      return { ...common, type: 'message', text: e.text, at: nowIso, where: 'conversation' };
    case 'action':
      return { ...common, type: 'action', actionId: e.action.id, value: e.action.value };
  }
}
