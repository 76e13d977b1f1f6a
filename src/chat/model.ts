import type { Lang } from '../csc/text.ts';

/** Who did something on a platform; `id` is stable per platform and workspace. */
export interface Actor {
  id: string;
  name?: string;
  isBot?: boolean;
}

interface InboundBase {
  /** The platform's id for this delivery (retries carry the same id): deduplicated by the dispatcher. */
  eventId: string;
  /** Where it happened: a channel key, or a thread key for a reply in a thread. */
  key: string;
  actor: Actor;
  /** The user's preferred language if the platform tells; drills choose their own. */
  lang?: Lang;
}

export type Inbound =
  | (InboundBase & { type: 'command'; name: string; args: string[] })
  | (InboundBase & { type: 'message'; text: string; at: string })
  | (InboundBase & { type: 'action'; actionId: string; value: string });

export type Block =
  | { type: 'heading'; text: string }
  | { type: 'text'; text: string }
  | { type: 'fields'; fields: { label: string; value: string }[] }
  | { type: 'tags'; tags: { code: string; label: string; primary?: boolean }[]; note?: string }
  | { type: 'buttons'; buttons: { id: string; label: string; value: string; style?: 'primary' | 'danger' }[] }
  | { type: 'select'; id: string; placeholder: string; options: { label: string; value: string }[] }
  | { type: 'context'; text: string }
  | { type: 'divider' };

/** A message to post: plain text always (notifications, platforms without blocks), blocks when they render. */
export interface Outbound {
  text: string;
  blocks?: Block[];
  image?: { png: Uint8Array; alt: string; filename: string };
}

export interface Capabilities {
  threads: boolean;
  ephemeral: boolean;
  buttons: boolean;
  images: boolean;
  maxTextLength: number;
}

export interface Sent {
  /** The key to reply in: posting into a channel key opens a thread whose key this is. */
  key: string;
}

export interface ChannelAdapter {
  readonly platform: string;
  readonly capabilities: Capabilities;
  post(key: string, message: Outbound): Promise<Sent>;
  postEphemeral?(key: string, userId: string, message: Outbound): Promise<void>;
}
