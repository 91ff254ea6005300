import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { AUDIT_MAX_FIELD, AuditLog, REJECTED_LINES_PER_MINUTE } from './audit-log';

function lines(path: string): Array<Record<string, unknown>> {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

it('clips header values and rate-limits refused upgrades, never the security events', () => {
  let now = Date.parse('2026-12-02T10:00:00Z');
  const path = join(mkdtempSync(join(tmpdir(), 'lhr-audit-')), 'audit.log');
  const audit = new AuditLog(path, () => new Date(now));
  const huge = `https://evil.example/${'a'.repeat(7000)}`;
  audit.write({ event: 'pairing.succeeded', clientId: 'c'.repeat(22), origin: huge });
  for (let i = 0; i < REJECTED_LINES_PER_MINUTE + 30; i++)
    audit.write({ event: 'connection.rejected', reason: 'bad-origin', origin: huge, host: huge });
  audit.write({ event: 'client.revoked', clientId: 'c'.repeat(22) });
  now += 60_000;
  audit.write({ event: 'connection.rejected', reason: 'bad-host', origin: '', host: 'evil.example' });

  const written = lines(path);
  expect(written.map((l) => l.event)).toEqual([
    'pairing.succeeded',
    ...Array(REJECTED_LINES_PER_MINUTE).fill('connection.rejected'),
    'connection.rejected.suppressed',
    'client.revoked',
    'connection.rejected',
  ]);
  expect(written.find((l) => l.event === 'connection.rejected.suppressed')?.count).toBe(30);
  expect(written.every((l) => JSON.stringify(l).length < 3 * AUDIT_MAX_FIELD + 200)).toBe(true);
  expect(written[0]?.origin).toBe(huge.slice(0, AUDIT_MAX_FIELD));
});
