import browser from 'webextension-polyfill';
import { RuntimeReply } from '../../shared/protocol/runtime';

const NO_ANSWER = {
  ok: false,
  error: {
    code: 'BACKGROUND_UNAVAILABLE',
    message: 'ส่วนขยายไม่ตอบ กรุณาลองอีกครั้ง (the extension did not answer: try again)',
  },
} as const satisfies RuntimeReply;

/**
 * One request from an extension page (the popup) to the background, its answer parsed. A worker that is restarting
 * or an answer of the wrong shape becomes BACKGROUND_UNAVAILABLE: the officer sees that instead of a button that
 * seems to do nothing.
 */
export async function askBackground(message: object): Promise<RuntimeReply> {
  try {
    const parsed = RuntimeReply.safeParse(await browser.runtime.sendMessage(message));
    if (parsed.success) return parsed.data;
  } catch {
    // the worker went away before answering
  }
  return NO_ANSWER;
}
