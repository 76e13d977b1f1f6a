import { adapterContract } from '../kit/contract.ts';
import { webhookWireHarness } from './wire-harness.ts';

adapterContract('Webhook', (sink) => webhookWireHarness(sink));
