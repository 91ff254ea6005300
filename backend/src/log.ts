import pino from 'pino';

/** Backend log: one JSON line per event; callers pass ids, codes and counts — never names, IDs or addresses. */
export function createBackendLogger(
  destination: NodeJS.WritableStream = process.stderr,
  level = process.env.LOG_LEVEL ?? 'info',
) {
  return pino({ level, base: { scope: 'backend' } }, destination);
}
export type BackendLogger = ReturnType<typeof createBackendLogger>;
