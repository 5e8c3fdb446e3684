import type { LoggerService } from '@nestjs/common';

type Level = 'debug' | 'info' | 'warn' | 'error';
const order: Record<Level | 'silent', number> = {
  debug: 10,
  info: 20,
  warn: 30,
  error: 40,
  silent: 100,
};

/**
 * Structured JSON logs, one object per line on stdout. Log only identifiers
 * (user id, request id), never emails, passwords, tokens or answers.
 */
export class JsonLogger implements LoggerService {
  constructor(private readonly minLevel: Level | 'silent' = 'info') {}

  write(level: Level, message: string, fields: Record<string, unknown> = {}): void {
    if (order[level] < order[this.minLevel]) return;
    const line = JSON.stringify({ time: new Date().toISOString(), level, message, ...fields });
    if (level === 'error' || level === 'warn') process.stderr.write(line + '\n');
    else process.stdout.write(line + '\n');
  }

  log(message: unknown, context?: string): void {
    this.write('info', String(message), context ? { context } : {});
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.write('error', String(message), { trace, context });
  }
  warn(message: unknown, context?: string): void {
    this.write('warn', String(message), context ? { context } : {});
  }
  debug(message: unknown, context?: string): void {
    this.write('debug', String(message), context ? { context } : {});
  }
  verbose(message: unknown, context?: string): void {
    this.write('debug', String(message), context ? { context } : {});
  }
}

let shared = new JsonLogger('info');
export function setAppLogger(logger: JsonLogger): void {
  shared = logger;
}
export function appLogger(): JsonLogger {
  return shared;
}
