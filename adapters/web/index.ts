import { z } from 'zod';
import { defineAdapter } from '../../src/app/adapter-module.ts';
import { practiceRoute } from './server.ts';

/** The local practice page and its JSON API: always on, on the shared HTTP server. */
export const webAdapter = defineAdapter({
  id: 'web',
  name: 'Practice page',
  settings: z.object({}),
  state: () => ({ on: true }),
  async create(_settings, ctx) {
    return { routes: [practiceRoute(ctx.service, ctx.log)], describe: (baseUrl) => `${baseUrl}/` };
  },
});
