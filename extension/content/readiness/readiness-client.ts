import browser from 'webextension-polyfill';
import type { WireError } from '../../../shared/errors';
import type { ReadinessView } from '../../../shared/protocol/readiness-messages';

// Replies come from the extension's own background, which parses every request and builds each reply from parsed
// data: here only their shape is checked, so zod stays out of the page's bundle.

/** The whole-register checklist from the background, or why there is none (LOCKED: the officer must unlock). */
export type ReadinessAnswer = { ok: true; view: ReadinessView } | { ok: false; error: WireError };

export async function askView(type: 'readiness.check' | 'readiness.acknowledge'): Promise<ReadinessAnswer> {
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage({ type });
  } catch {
    return { ok: false, error: { code: 'UNKNOWN', message: 'ส่วนขยายไม่ตอบ (the extension did not answer)' } };
  }
  const r = reply as { ok?: boolean; readiness?: ReadinessView; error?: WireError } | null;
  if (r?.ok === true && typeof r.readiness?.model === 'object') return { ok: true, view: r.readiness };
  const error = r?.error;
  return {
    ok: false,
    error: typeof error?.code === 'string' ? error : { code: 'UNKNOWN', message: 'unexpected reply' },
  };
}

/**
 * The check the guard makes in the content script itself. The rest (acknowledge, the certified mark, the report, the
 * jump) is in readiness-actions.ts, used only by scripts loaded on demand: bench:extension showed the core over its
 * goal by 191 B with them here.
 */
export const readiness = {
  check: () => askView('readiness.check'),
};

/** Open items of the whole-register checklist: office-level ones plus people with something open. */
export function readinessOpen(view: ReadinessView): number {
  return view.model.officeItems.length + view.model.people.length;
}
