// A separate process serving the composed app (Teams adapter switched on by the env given as JSON),
// until it is killed. It trusts the fake login's certificate through NODE_EXTRA_CA_CERTS, as a
// deployment behind a private CA would.
import { startApp } from '../support/app-harness.ts';

const app = await startApp(JSON.parse(process.argv[2] ?? '{}'));
process.stdout.write(`${app.url}\n`);
setInterval(() => {}, 1000);
