import { z } from 'zod';
import { defineAdapter } from '../../src/app/adapter-module.ts';
import { practiceRoute } from './server.ts';

/** The mini-app page and its JSON API: always on, on the shared HTTP server, for signed-in trainees. */
export const webAdapter = defineAdapter({
  id: 'web',
  name: 'Practice page',
  settings: z.object({
    WEB_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(120),
    WEB_STARTS_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(10),
  }),
  state: () => ({ on: true }),
  async create(settings, ctx) {
    const route = practiceRoute({
      service: ctx.service,
      identity: ctx.identity,
      coach: ctx.coach,
      deliver: ctx.deliverAssignments,
      passMark: ctx.config.PASS_MARK,
      certifyStreak: ctx.config.CERTIFY_STREAK,
      log: ctx.log,
      publicUrl: ctx.config.PUBLIC_URL,
      limits: {
        requestsPerMinute: settings.WEB_REQUESTS_PER_MINUTE,
        startsPerMinute: settings.WEB_STARTS_PER_MINUTE,
      },
    });
    return { routes: [route], describe: (baseUrl) => `${baseUrl}/` };
  },
});
