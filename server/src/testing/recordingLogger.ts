import type { LogFields, Logger } from '../log';

export interface LogLine {
  level: 'info' | 'warn' | 'error';
  event: string;
  fields: LogFields;
}

/** A logger that keeps its lines, for tests that check what was logged. */
export function recordingLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const record = (level: LogLine['level']) => (event: string, fields: LogFields = {}) => void lines.push({ level, event, fields });
  return { lines, info: record('info'), warn: record('warn'), error: record('error') };
}
