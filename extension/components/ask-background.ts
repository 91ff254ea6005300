import browser from 'webextension-polyfill';
import type { RuntimeReply } from '../../shared/protocol/runtime';

/** One request from an extension page (the popup) to the background. */
export async function askBackground(message: object): Promise<RuntimeReply> {
  return (await browser.runtime.sendMessage(message)) as RuntimeReply;
}
