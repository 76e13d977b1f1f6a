import type { ServerResponse } from 'node:http';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { HttpError } from './http-utils.ts';

/** Limits per session (and per address for sign-in): generous for a person, tight for a script. */
export function rateLimits(o: { requestsPerMinute?: number; startsPerMinute?: number } = {}) {
  const requests = new RateLimiterMemory({ points: o.requestsPerMinute ?? 120, duration: 60 });
  const starts = new RateLimiterMemory({ points: o.startsPerMinute ?? 10, duration: 60 });
  const signIns = new RateLimiterMemory({ points: 20, duration: 60 });
  const take = async (limiter: RateLimiterMemory, key: string, res: ServerResponse) => {
    try {
      await limiter.consume(key);
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e;
      res.setHeader('retry-after', String(Math.ceil(e.msBeforeNext / 1000)));
      throw new HttpError(429, 'rate-limited', 'too many requests; wait a moment and try again');
    }
  };
  return {
    request: (key: string, res: ServerResponse) => take(requests, key, res),
    start: (key: string, res: ServerResponse) => take(starts, key, res),
    signIn: (key: string, res: ServerResponse) => take(signIns, key, res),
  };
}
export type RateLimits = ReturnType<typeof rateLimits>;
