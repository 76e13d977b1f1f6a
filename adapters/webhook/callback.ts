import { randomUUID } from 'node:crypto';
import pRetry, { AbortError } from 'p-retry';
import type { Logger } from 'pino';
import { KeyedMutex } from '../../src/store/atomic.ts';
import type { WebhookMessage } from './schemas.ts';
import { signedHeaders } from './signature.ts';

export interface CallbackOptions {
  retries: number;
  backoffMs: number;
  timeoutMs: number;
  log: Logger;
  fetch?: typeof fetch;
}

export interface CallbackTarget {
  url: string;
  clientId: string;
  secret: string;
}

/** A 4xx other than 408/429 is the client saying no: retrying would not change its mind. */
const permanent = (status: number) => status >= 400 && status < 500 && status !== 408 && status !== 429;

/**
 * Delivers late replies to the client's callback URL, signed like its requests, retried with
 * exponential backoff until it answers 2xx. Deliveries of one conversation go out one at a time
 * in order, so a retrying message is never overtaken by the next.
 */
export class CallbackSender {
  private readonly queues = new KeyedMutex();
  private readonly stopping = new AbortController();

  constructor(private readonly o: CallbackOptions) {}

  /** Queues a delivery; `target` is looked up when its turn comes (the conversation's latest URL). */
  send(
    queueKey: string,
    target: () => Promise<CallbackTarget | undefined>,
    messages: WebhookMessage[],
  ): void {
    void this.queues
      .run(queueKey, async () => {
        const to = await target();
        if (!to) {
          this.o.log.warn(
            { queueKey, messages: messages.length },
            'webhook: no callbackUrl; late reply dropped',
          );
          return;
        }
        await this.deliver(to, {
          deliveryId: randomUUID(),
          conversationId: messages[0]?.conversationId ?? '',
          messages,
        });
      })
      .catch((err: unknown) => this.o.log.error({ err, queueKey }, 'webhook: callback delivery gave up'));
  }

  private async deliver(to: CallbackTarget, payload: Record<string, unknown>): Promise<void> {
    const body = JSON.stringify(payload);
    const doFetch = this.o.fetch ?? fetch;
    await pRetry(
      async () => {
        const res = await doFetch(to.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...signedHeaders(to.secret, body) },
          body,
          signal: AbortSignal.any([AbortSignal.timeout(this.o.timeoutMs), this.stopping.signal]),
        });
        await res.body?.cancel();
        if (res.ok) return;
        const err = new Error(`callback answered ${res.status}`);
        throw permanent(res.status) ? new AbortError(err) : err;
      },
      {
        retries: this.o.retries,
        minTimeout: this.o.backoffMs,
        maxTimeout: Math.max(this.o.backoffMs, 5 * 60_000),
        factor: 2,
        signal: this.stopping.signal,
        onFailedAttempt: ({ error, attemptNumber, retriesLeft }) =>
          this.o.log.warn(
            {
              client: to.clientId,
              deliveryId: payload.deliveryId,
              attemptNumber,
              retriesLeft,
              err: error.message,
            },
            'webhook: callback not acknowledged',
          ),
      },
    );
  }

  /** Waits for the deliveries under way (tests, shutdown after `stop`). */
  settle(): Promise<void> {
    return this.queues.settle();
  }

  /** Abandons retries still waiting: they would outlive the process anyway. */
  stop(): void {
    this.stopping.abort();
  }
}
