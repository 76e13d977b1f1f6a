import { AsyncLocalStorage } from 'node:async_hooks';
import { type Logger, pino } from 'pino';

/** Fields every log line written while handling one event carries: the event, and its drill once known. */
export interface LogFields {
  eventId?: string;
  platform?: string;
  drillId?: string;
}

const context = new AsyncLocalStorage<LogFields>();

/** Runs fn with these fields on every log line it (and what it awaits) writes. */
export function withLogFields<T>(fields: LogFields, fn: () => T): T {
  return context.run({ ...context.getStore(), ...fields }, fn);
}

/** Adds a field to the current event's lines from here on (the drill id is known only once it is loaded). */
export function addLogField<K extends keyof LogFields>(key: K, value: LogFields[K]): void {
  const fields = context.getStore();
  if (fields) fields[key] = value;
}

export const logFields = (): LogFields => context.getStore() ?? {};

/** JSON logs on stderr, so stdout stays for what a command prints for people and scripts. */
export function createLogger(
  level: string,
  destination: pino.DestinationStream = pino.destination(2),
): Logger {
  return pino({ level, base: { app: 'csc-drill' }, mixin: logFields }, destination);
}
