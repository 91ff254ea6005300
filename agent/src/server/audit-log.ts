import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/** What the audit trail records (P-15): never a card value, only which fields were read. */
export type AuditEvent =
  | { event: 'pairing.opened' }
  | { event: 'pairing.succeeded'; clientId: string; origin: string }
  | { event: 'pairing.failed'; reason: string; origin: string }
  | { event: 'client.revoked'; clientId: string }
  | { event: 'connection.rejected'; reason: string; origin: string; host: string }
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

/** Append-only JSON lines, rotated to `<file>.1` at 1 MiB. */
export class AuditLog {
  constructor(
    private readonly path: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  }

  write(entry: AuditEvent): void {
    try {
      if (statSync(this.path).size > MAX_BYTES) renameSync(this.path, `${this.path}.1`);
    } catch {
      // no file yet
    }
    appendFileSync(this.path, `${JSON.stringify({ time: this.now().toISOString(), ...entry })}\n`, {
      mode: 0o600,
    });
  }
}
