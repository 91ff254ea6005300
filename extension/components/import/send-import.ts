import browser from 'webextension-polyfill';
import type { WireError } from '../../../shared/errors';
import { RegisterImportedReply } from '../../../shared/protocol/register-messages';
import type { PersonRecord } from '../../../shared/register/person-record';

/** The background takes at most 1,000 records a message. */
const CHUNK = 1000;

/**
 * Sends the imported people to the register in chunks, reporting progress after each; stops at the first refusal
 * (a locked register, a record the background refuses) and says why.
 */
export async function sendImport(
  people: readonly PersonRecord[],
  onProgress: (done: number, total: number) => void,
): Promise<{ added: number; updated: number } | { error: WireError }> {
  let added = 0;
  let updated = 0;
  onProgress(0, people.length);
  for (let at = 0; at < people.length; at += CHUNK) {
    const records = people.slice(at, at + CHUNK);
    const reply: unknown = await browser.runtime.sendMessage({ type: 'register.bulkImport', records });
    const parsed = RegisterImportedReply.safeParse(reply);
    if (!parsed.success) {
      const error = (reply as { error?: WireError } | null)?.error;
      return { error: error ?? { code: 'UNKNOWN', message: 'unexpected reply' } };
    }
    added += parsed.data.imported.added;
    updated += parsed.data.imported.updated;
    onProgress(at + records.length, people.length);
  }
  return { added, updated };
}
