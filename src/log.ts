import { type Logger, pino } from 'pino';

/** JSON logs on stderr, so stdout stays for what a command prints for people and scripts. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'csc-drill' } }, pino.destination(2));
}
