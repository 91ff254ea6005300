import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { RateLimiter } from './rate-limiter';

/** What the audit trail records (P-15): never a card value, only which fields were read. */
export type AuditEvent =
  | { event: 'pairing.opened' }
  | { event: 'pairing.succeeded'; clientId: string; origin: string }
  | { event: 'pairing.failed'; reason: string; origin: string }
  | { event: 'client.revoked'; clientId: string }
  | { event: 'connection.rejected'; reason: string; origin: string; host: string }
  | { event: 'connection.rejected.suppressed'; count: number }
  | { event: 'handshake.rejected'; reason: string; origin: string; clientId?: string }
  | {
      event: 'card.read';
      clientId: string;
      pageOrigin: string;
      fields: string[];
      photo: boolean;
      outcome: string;
    };

const MAX_BYTES = 1024 * 1024;
/** Longest string kept in a line: header values come from anyone who can reach the port. */
export const AUDIT_MAX_FIELD = 200;
/** `connection.rejected` lines per minute; the rest are counted into one `connection.rejected.suppressed` line. */
export const REJECTED_LINES_PER_MINUTE = 20;

function clip(value: unknown): unknown {
  if (typeof value === 'string') return value.slice(0, AUDIT_MAX_FIELD);
  if (Array.isArray(value)) return value.slice(0, 20).map(clip);
  return value;
}

/**
 * Append-only JSON lines, rotated to `<file>.1` at 1 MiB. Every string is clipped and refused upgrades (which any
 * web page can cause) are rate-limited, so a flood can neither write big lines nor rotate the security events
 * (pairings, revocations, handshakes, reads) out of both files before they are uploaded.
 */
export class AuditLog {
  private readonly rejected: RateLimiter;
  private suppressed = 0;

  constructor(
    private readonly path: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    this.rejected = new RateLimiter(REJECTED_LINES_PER_MINUTE, 60_000, () => this.now().getTime());
  }

  write(entry: AuditEvent): void {
    if (entry.event === 'connection.rejected' && !this.rejected.take('line')) {
      this.suppressed++;
      return;
    }
    if (this.suppressed > 0) {
      const count = this.suppressed;
      this.suppressed = 0;
      this.append({ event: 'connection.rejected.suppressed', count });
    }
    this.append(entry);
  }

  private append(entry: AuditEvent): void {
    try {
      if (statSync(this.path).size > MAX_BYTES) renameSync(this.path, `${this.path}.1`);
    } catch {
      // no file yet
    }
    const line: Record<string, unknown> = { time: this.now().toISOString() };
    for (const [key, value] of Object.entries(entry)) line[key] = clip(value);
    appendFileSync(this.path, `${JSON.stringify(line)}\n`, { mode: 0o600 });
  }
}
