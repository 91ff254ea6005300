import { appendFileSync, mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { AuditUpload } from '../../../shared/protocol/sync';
import { type AuditSink, uploadAuditRound } from './audit-uploader';

/** A backend link double that records what was sent and where the offset went. */
function recordingSink() {
  const sent: string[] = [];
  const sink: AuditSink & { uploadedBytes: number; uploadedFile: number | undefined } = {
    uploadedBytes: 0,
    uploadedFile: undefined,
    async upload(events: AuditUpload['events'], bytes: number, file: number) {
      sent.push(...events.map((e) => `${e.event}:${e.reason ?? ''}`));
      sink.uploadedBytes = bytes;
      sink.uploadedFile = file;
    },
  };
  return { sink, sent };
}

const line = (event: string, reason = '') =>
  `${JSON.stringify({ time: '2026-12-02T10:00:00.000Z', event, ...(reason ? { reason } : {}) })}\n`;

it('uploads what was written just before a rotation from audit.log.1, then the new audit.log', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lhr-upload-'));
  const log = join(dir, 'audit.log');
  const { sink, sent } = recordingSink();
  appendFileSync(log, line('pairing.opened'));
  await uploadAuditRound(dir, sink);
  expect(sent).toEqual(['pairing.opened:']);
  // Written after that upload, then rotated away before the next round (AuditLog renames at 1 MiB).
  appendFileSync(log, line('pairing.succeeded'));
  renameSync(log, `${log}.1`);
  appendFileSync(log, line('client.revoked'));
  await uploadAuditRound(dir, sink);
  await uploadAuditRound(dir, sink);
  await uploadAuditRound(dir, sink);
  expect(sent).toEqual(['pairing.opened:', 'pairing.succeeded:', 'client.revoked:']);
});

it('a link saved before inodes were kept goes on from its offset', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lhr-upload-'));
  const first = line('pairing.opened');
  appendFileSync(join(dir, 'audit.log'), first + line('connection.rejected', 'bad-origin'));
  const { sink, sent } = recordingSink();
  sink.uploadedBytes = Buffer.byteLength(first);
  await uploadAuditRound(dir, sink);
  expect(sent).toEqual(['connection.rejected:bad-origin']);
  expect(sink.uploadedFile).toBeTypeOf('number');
});
