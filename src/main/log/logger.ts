import type { Redactor } from './redactor';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface LogRecord {
  time: string;
  level: LogLevel;
  message: string;
  fields?: unknown;
}

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** A logger whose every record passes through the redactor before reaching the sink. */
export function createLogger(sink: (record: LogRecord) => void, redactor: Redactor, now = () => new Date()): Logger {
  const write = (level: LogLevel) => (message: string, fields?: Record<string, unknown>) => {
    const record: LogRecord = { time: now().toISOString(), level, message: redactor.text(message) };
    if (fields !== undefined) record.fields = redactor.value(fields);
    sink(record);
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

/** A logger that drops everything (for tests that do not look at logs). */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
