// One replica: the composed app (adapters switched on by the env given as JSON) on a local port,
// until it is killed. Prints its URL once it serves.
import { startApp } from '../support/app-harness.ts';

const app = await startApp(JSON.parse(process.argv[2] ?? '{}'));
process.stdout.write(`${app.url}\n`);
setInterval(() => {}, 1000);
