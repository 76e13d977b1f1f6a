import type { Logger } from 'pino';
import type { z } from 'zod';
import type { IdentityService } from '../auth/identity.ts';
import type { RunningAdapter } from '../chat/contract/adapter.ts';
import type { InboundSink } from '../chat/contract/inbound.ts';
import type { Assignment } from '../coach/ports.ts';
import type { CoachService } from '../coach/service.ts';
import type { Config } from '../config/config.ts';
import type { DrillService } from '../drill/service.ts';
import type { OpenStore } from '../store/open-store.ts';

/** What an adapter gets from the composition root. */
export interface AdapterContext {
  sink: InboundSink;
  log: Logger;
  config: Config;
  /** The drill core, for surfaces that call it directly (the practice page). */
  service: DrillService;
  /** Sign-in tokens and sessions (the page, links minted for chat users). */
  identity: IdentityService;
  /** The store's values and set-if-absent, for adapter state that must outlive a request (nonces, callbacks). */
  store: Pick<OpenStore, 'kv' | 'atomic'>;
  /** Managers and coaching (the page's manager view and the trainee's progress). */
  coach: CoachService;
  /** Sends assignments made outside a chat to assignees on chat platforms (direct messages, paced). */
  deliverAssignments: (assignments: readonly Assignment[]) => void;
}

export type AdapterState = { on: true } | { on: false; missing: string[]; partial: boolean };

/**
 * One entry of the adapter catalogue (`adapters/catalog.ts`): the settings it owns, when it is
 * switched on, and how to start it. `create` loads the platform SDK only when the adapter runs.
 */
export interface AdapterModule<S extends z.ZodObject = z.ZodObject> {
  id: string;
  name: string;
  settings: S;
  state(settings: z.output<S>): AdapterState;
  create(settings: z.output<S>, ctx: AdapterContext): Promise<RunningAdapter>;
}

/** Lists a catalogue without losing each entry's own settings type. */
export const defineAdapter = <S extends z.ZodObject>(m: AdapterModule<S>): AdapterModule =>
  m as unknown as AdapterModule;

/** On when every variable is set, off when none is, incomplete (with what is missing) in between. */
export function requireAll(settings: Record<string, unknown>, names: readonly string[]): AdapterState {
  const missing = names.filter((n) => settings[n] === undefined);
  if (!missing.length) return { on: true };
  return { on: false, missing, partial: missing.length < names.length };
}
