import type { CardReadEvent } from './runtime';

/** Name of the port a content script opens for one card read; results go back on it to that tab only. */
export const CARD_READ_PORT = 'card-read';

const EVENT_TYPES = new Set(['connecting', 'waiting', 'result', 'error']);

/**
 * Cheap check for events from the extension's own background. The background has already validated everything
 * (agent replies, the person) with the zod schemas; the content script checks only the discriminant so that zod
 * stays out of its bundle (the content-script budget is 40 KB gzip).
 */
export function isCardReadEvent(raw: unknown): raw is CardReadEvent {
  return typeof raw === 'object' && raw !== null && EVENT_TYPES.has(String((raw as { type?: unknown }).type));
}
