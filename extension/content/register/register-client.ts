import browser from 'webextension-polyfill';
import type { WireError } from '../../../shared/errors';
import type {
  RegisterPatch,
  RegisterSource,
  RegisterSummary,
} from '../../../shared/protocol/register-messages';
import type { PersonRecord } from '../../../shared/register/person-record';

// The content script trusts its own background (which parses every request and builds every reply from parsed data)
// and checks only the reply's shape, like the card-read events: zod stays out of the page's bundle.
type Reply = Record<string, unknown> | null;
export const okField = (name: string) => (r: unknown) =>
  typeof r === 'object' && r !== null && (r as Reply)?.ok === true && name in (r as object)
    ? (r as Record<string, unknown>)[name]
    : undefined;

/** A register answer: the value, or the background's error (LOCKED, RATE_LIMITED, …) for the overlay to show. */
export type Answer<T> = { ok: true; value: T } | { ok: false; error: WireError };

export async function ask<T>(message: object, pick: (reply: unknown) => T | undefined): Promise<Answer<T>> {
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage(message);
  } catch {
    return { ok: false, error: { code: 'UNKNOWN', message: 'ส่วนขยายไม่ตอบ (the extension did not answer)' } };
  }
  const value = pick(reply);
  if (value !== undefined) return { ok: true, value };
  const failed = (reply as { error?: WireError } | null)?.error;
  return {
    ok: false,
    error: typeof failed?.code === 'string' ? failed : { code: 'UNKNOWN', message: 'unexpected reply' },
  };
}

/** Register messages of the background (shared/protocol/register-messages.ts), replies parsed on arrival. */
/** One page load asks for a person's record once (pages share the background's search budget). */
const records = new Map<string, Promise<Answer<PersonRecord | null>>>();

export const register = {
  /** `get`, answered from this page's earlier answer when there is one (saves and undos forget it). */
  getOnce: (citizenId: string) => {
    let answer = records.get(citizenId);
    if (!answer) {
      answer = register.get(citizenId);
      records.set(citizenId, answer);
    }
    return answer;
  },
  search: (query: string) =>
    ask<RegisterSummary[]>(
      { type: 'register.search', query },
      (r) => okField('matches')(r) as RegisterSummary[] | undefined,
    ),
  get: (citizenId: string) =>
    ask<PersonRecord | null>(
      { type: 'register.get', citizenId },
      (r) => okField('record')(r) as PersonRecord | null | undefined,
    ),
  save: (citizenId: string, source: RegisterSource, patch: RegisterPatch) => {
    records.delete(citizenId);
    return ask(
      { type: 'register.save', citizenId, source, patch },
      (r) => okField('saved')(r) as { citizenId: string; created: boolean; parts: string[] } | undefined,
    );
  },
  undo: (citizenId: string) => {
    records.delete(citizenId);
    return ask(
      { type: 'register.undo', citizenId },
      (r) => okField('undone')(r) as { parts: string[] } | undefined,
    );
  },
  /** Everyone the register has, as summaries, a page of 200 at a time (lists are not rate-limited like gets). */
  summaries: async (): Promise<Answer<RegisterSummary[]>> => {
    const out: RegisterSummary[] = [];
    let offset: number | null = 0;
    while (offset !== null) {
      const answer: Answer<{ people: RegisterSummary[]; nextOffset: number | null }> = await ask(
        { type: 'register.list', offset, limit: 200 },
        (r) => okField('page')(r) as { people: RegisterSummary[]; nextOffset: number | null } | undefined,
      );
      if (!answer.ok) return answer;
      out.push(...answer.value.people);
      offset = answer.value.nextOffset;
    }
    return { ok: true, value: out };
  },
};
