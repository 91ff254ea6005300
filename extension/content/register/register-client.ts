import browser from 'webextension-polyfill';
import type { WireError } from '../../../shared/errors';
import { WireError as WireErrorSchema } from '../../../shared/errors';
import {
  RegisterMatchesReply,
  type RegisterPatch,
  RegisterRecordReply,
  RegisterSavedReply,
  type RegisterSource,
  type RegisterSummary,
  RegisterUndoneReply,
} from '../../../shared/protocol/register-messages';
import type { PersonRecord } from '../../../shared/register/person-record';

/** A register answer: the value, or the background's error (LOCKED, RATE_LIMITED, …) for the overlay to show. */
export type Answer<T> = { ok: true; value: T } | { ok: false; error: WireError };

async function ask<T>(message: object, pick: (reply: unknown) => T | undefined): Promise<Answer<T>> {
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage(message);
  } catch {
    return { ok: false, error: { code: 'UNKNOWN', message: 'ส่วนขยายไม่ตอบ (the extension did not answer)' } };
  }
  const value = pick(reply);
  if (value !== undefined) return { ok: true, value };
  const failed = (reply as { error?: unknown } | null)?.error;
  const error = WireErrorSchema.safeParse(failed);
  return {
    ok: false,
    error: error.success ? error.data : { code: 'UNKNOWN', message: 'unexpected reply' },
  };
}

/** Register messages of the background (shared/protocol/register-messages.ts), replies parsed on arrival. */
export const register = {
  search: (query: string) =>
    ask<RegisterSummary[]>(
      { type: 'register.search', query },
      (r) => RegisterMatchesReply.safeParse(r).data?.matches,
    ),
  get: (citizenId: string) =>
    ask<PersonRecord | null>({ type: 'register.get', citizenId }, (r) => {
      const parsed = RegisterRecordReply.safeParse(r);
      return parsed.success ? parsed.data.record : undefined;
    }),
  save: (citizenId: string, source: RegisterSource, patch: RegisterPatch) =>
    ask(
      { type: 'register.save', citizenId, source, patch },
      (r) => RegisterSavedReply.safeParse(r).data?.saved,
    ),
  undo: (citizenId: string) =>
    ask({ type: 'register.undo', citizenId }, (r) => RegisterUndoneReply.safeParse(r).data?.undone),
};
