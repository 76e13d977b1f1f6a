// A separate process that plays part of a drill on a SQLite store and then waits to be killed.

import { createCore } from '../../src/app/core.ts';
import { loadConfig } from '../../src/config/config.ts';
import { COMPETENT_CARD_FROZEN_EN, TRAINEE } from './engine.ts';

const [storeUrl, turns] = process.argv.slice(2);
const { service } = await createCore({ ...loadConfig({}), STORE_URL: storeUrl as string });
const { drill } = await service.start({
  trainee: TRAINEE,
  scenarioId: 'card-frozen-after-travel',
  personaId: 'programmer-liu',
  lang: 'en',
  seed: 42,
});
for (const line of COMPETENT_CARD_FROZEN_EN.slice(0, Number(turns)))
  await service.reply(drill.id, TRAINEE.id, line);
process.stdout.write(`${drill.id}\n`);
setInterval(() => {}, 1000);
