import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AuditUpload } from '../../../shared/protocol/sync';
import type { Logger } from '../log';
import type { BackendLink } from './backend-link';

const KEEP = ['reason', 'clientId', 'pageOrigin', 'fields', 'outcome'] as const;

/** Turns audit.log lines into upload events (the log already holds no card values; only known keys are sent). */
export function toUploadEvents(text: string): AuditUpload['events'] {
  const events: AuditUpload['events'] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const entry = JSON.parse(line) as Record<string, unknown>;
      const event: AuditUpload['events'][number] = {
        time: String(entry.time),
        event: String(entry.event).slice(0, 50),
      };
      for (const key of KEEP) {
        const v = entry[key];
        if (key === 'fields' && Array.isArray(v)) event.fields = v.map(String).slice(0, 20);
        else if (typeof v === 'string')
          event[key as Exclude<(typeof KEEP)[number], 'fields'>] = v.slice(
            0,
            key === 'pageOrigin' ? 200 : 100,
          );
      }
      events.push(event);
    } catch {
      // a torn last line is picked up on the next round
    }
  }
  return events;
}

/**
 * Uploads new audit.log lines to the backend every `intervalMs`, remembering how far it got; failures wait for the
 * next round. (Rotation to audit.log.1 restarts the offset.)
 */
export function startAuditUploads(
  dir: string,
  link: BackendLink,
  log: Logger,
  intervalMs = 60_000,
): () => void {
  const file = join(dir, 'audit.log');
  let running = false;
  const round = async () => {
    if (running) return;
    running = true;
    try {
      let size = 0;
      try {
        size = statSync(file).size;
      } catch {
        return;
      }
      const from = link.uploadedBytes > size ? 0 : link.uploadedBytes;
      if (size === from) return;
      const fd = openSync(file, 'r');
      const buffer = Buffer.alloc(Math.min(size - from, 256 * 1024));
      readSync(fd, buffer, 0, buffer.length, from);
      closeSync(fd);
      const text = buffer.toString('utf8');
      // At most 500 whole lines per round; the offset moves exactly past what was sent.
      const lines = text
        .slice(0, text.lastIndexOf('\n') + 1)
        .split('\n')
        .slice(0, 500);
      const complete = lines.length ? `${lines.join('\n')}\n`.replace(/\n\n$/, '\n') : '';
      const events = toUploadEvents(complete);
      await link.upload(events, from + Buffer.byteLength(complete));
      log.info('audit.uploaded', { events: events.length });
    } catch (error) {
      log.warn('audit.upload_failed', { code: (error as { code?: string }).code ?? 'UNKNOWN' });
    } finally {
      running = false;
    }
  };
  void round();
  const timer = setInterval(() => void round(), intervalMs);
  return () => clearInterval(timer);
}
