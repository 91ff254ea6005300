import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AuditUpload } from '../../../shared/protocol/sync';
import type { Logger } from '../log';

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

/** What the uploader needs from the backend link (BackendLink; a recording double in tests). */
export interface AuditSink {
  readonly uploadedBytes: number;
  readonly uploadedFile: number | undefined;
  upload(events: AuditUpload['events'], uploadedBytes: number, uploadedFile: number): Promise<void>;
}

/**
 * Where the next upload starts: the rest of `audit.log.1` when the log rotated after the last upload (so nothing
 * written just before a rotation is lost), else `audit.log` from the stored offset (from 0 once it is a new file).
 */
function nextSource(
  file: string,
  sink: AuditSink,
): { path: string; ino: number; size: number; from: number } | null {
  let current: { ino: number; size: number };
  try {
    current = statSync(file);
  } catch {
    return null;
  }
  const known = sink.uploadedFile;
  if (known === undefined) {
    // a link written before inodes were kept: the old rule (a shorter file is a new one)
    return { path: file, ...current, from: sink.uploadedBytes > current.size ? 0 : sink.uploadedBytes };
  }
  if (known === current.ino) return { path: file, ...current, from: sink.uploadedBytes };
  try {
    const rotated = statSync(`${file}.1`);
    if (rotated.ino === known && rotated.size > sink.uploadedBytes)
      return { path: `${file}.1`, ino: rotated.ino, size: rotated.size, from: sink.uploadedBytes };
  } catch {
    // no rotated file
  }
  return { path: file, ...current, from: 0 };
}

/** One upload round: at most 500 whole lines (256 KiB); the offset moves exactly past what was sent. */
export async function uploadAuditRound(dir: string, sink: AuditSink): Promise<number> {
  const source = nextSource(join(dir, 'audit.log'), sink);
  if (!source) return 0;
  if (source.size <= source.from) {
    if (sink.uploadedFile !== source.ino || sink.uploadedBytes !== source.from)
      await sink.upload([], source.from, source.ino);
    return 0;
  }
  const fd = openSync(source.path, 'r');
  const buffer = Buffer.alloc(Math.min(source.size - source.from, 256 * 1024));
  readSync(fd, buffer, 0, buffer.length, source.from);
  closeSync(fd);
  const text = buffer.toString('utf8');
  const lines = text
    .slice(0, text.lastIndexOf('\n') + 1)
    .split('\n')
    .slice(0, 500);
  const complete = lines.length ? `${lines.join('\n')}\n`.replace(/\n\n$/, '\n') : '';
  const events = toUploadEvents(complete);
  await sink.upload(events, source.from + Buffer.byteLength(complete), source.ino);
  return events.length;
}

/**
 * Uploads new audit.log lines to the backend every `intervalMs`, remembering how far it got (file and offset);
 * failures wait for the next round.
 */
export function startAuditUploads(
  dir: string,
  link: AuditSink,
  log: Logger,
  intervalMs = 60_000,
): () => void {
  let running = false;
  const round = async () => {
    if (running) return;
    running = true;
    try {
      const sent = await uploadAuditRound(dir, link);
      if (sent > 0) log.info('audit.uploaded', { events: sent });
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
