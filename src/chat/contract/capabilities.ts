/** What a platform can do, so the bot adapts instead of guessing. */
export interface Capabilities {
  /** `native`: threads under a message (Slack, Discord); `reply-chain`: Teams channel replies; `none`. */
  threads: 'native' | 'reply-chain' | 'none';
  /** How a note reaches one person without the rest of the conversation seeing it. */
  privateNotes: 'ephemeral' | 'interaction-reply' | 'direct-message' | 'none';
  commands: 'slash' | 'mention' | 'text';
  buttons?: { perMessage: number; labelMax: number };
  select?: { maxOptions: number; labelMax: number };
  images: 'upload' | 'url' | 'none';
  /** Longest text of one message the platform accepts. */
  maxText: number;
  /** How many direct conversations may be opened and written to a minute (assignments to many people). */
  directPerMinute?: number;
  /** How soon the platform wants its HTTP request answered. */
  ackDeadlineMs: number;
}
