import { AppError } from '../../../shared/errors';
import type { PushChange } from '../../../shared/protocol/sync';
import { collectionSpec } from '../../../shared/sync/collections';
import { MAX_RECORD_DEPTH, nestedDeeperThan, tooDeep } from '../json-depth';

const MAX_RECORD_BYTES = 64 * 1024;

/**
 * Checks every record of a push before anything is written and returns each one's stored JSON text (null for a
 * delete). Messages name the collection at most, never a record id: ids of the person cache are citizen IDs.
 */
export function checkRecords(changes: PushChange[]): Array<string | null> {
  const stored = changes.map((c) => (c.data === null ? null : JSON.stringify(c.data)));
  for (const [i, c] of changes.entries()) {
    if (nestedDeeperThan(c.data, MAX_RECORD_DEPTH)) throw tooDeep('record data');
    // Bytes, not characters: Thai text is 3 bytes a character in UTF-8 and in the database.
    if (Buffer.byteLength(stored[i] ?? '') > MAX_RECORD_BYTES)
      throw new AppError('PAYLOAD_TOO_LARGE', 'ข้อมูลรายการหนึ่งใหญ่เกิน 64 KiB (a record is over 64 KiB)');
  }
  for (const c of changes) {
    // Every reader of a collection trusts its shape (officers' browsers apply site profiles): a record that does
    // not match its declared schema is refused here, not found there.
    if (c.data !== null && !collectionSpec(c.collection).schema.safeParse(c.data).success)
      throw new AppError(
        'INVALID_MESSAGE',
        `ข้อมูลไม่ตรงรูปแบบของ ${c.collection} (a record does not match the ${c.collection} schema)`,
      );
  }
  return stored;
}
