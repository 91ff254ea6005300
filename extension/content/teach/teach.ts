import browser from 'webextension-polyfill';
import type { FieldType } from '../../../shared/fields/field-types';
import { applyTeachPatches } from '../../../shared/profile/apply-teach';
import type { TeachChange, TeachPatch } from '../../../shared/profile/teach-patch';
import type { RuntimeReply } from '../../../shared/protocol/runtime';
import type { AssistSession } from '../assist-session';
import type { FormControl } from '../detect/detected-field';
import { displayLabel, labelEvidence } from '../detect/label-evidence';
import { buttonLocator, controlLocator } from './build-locator';
import { patchTarget } from './page-template';

/** What the officer says a picked control is. */
export type Whose = 'holder' | 'person' | 'organisation' | 'never';

export type TeachAnswer = { kind: 'field'; type: FieldType; whose: Whose } | { kind: 'guard' };

export const isControl = (el: Element): el is FormControl =>
  el instanceof HTMLInputElement
    ? !['submit', 'button', 'image', 'reset'].includes(el.type)
    : el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement;

/** The patch for one answer about one element, or null when no locator finds exactly that element. */
export function buildPatch(session: AssistSession, el: Element, answer: TeachAnswer): TeachPatch | null {
  let change: TeachChange;
  let label = '';
  if (answer.kind === 'guard') {
    const locator = buttonLocator(el, session.doc);
    if (!locator) return null;
    change = { kind: 'guard', locator };
  } else {
    if (!isControl(el)) return null;
    const locator = controlLocator(el, session.doc);
    if (!locator) return null;
    label = displayLabel(labelEvidence(el));
    change =
      answer.whose === 'never'
        ? { kind: 'mustNotFill', locator }
        : {
            kind: 'field',
            type: answer.type,
            scope: answer.whose === 'holder' ? 'subject' : 'other',
            whose: answer.whose,
            locator,
          };
  }
  return { ...patchTarget(session, label), change, taughtAt: new Date().toISOString() };
}

/**
 * Applies the patch on this page at once (detection runs again over the patched profiles) and hands it to the
 * background, which keeps it for this browser and offers it to the backend for approval.
 */
export async function teach(session: AssistSession, patch: TeachPatch): Promise<RuntimeReply> {
  session.useProfiles(applyTeachPatches(session.profiles, [patch]));
  return (await browser.runtime.sendMessage({ type: 'profiles.teach', patch })) as RuntimeReply;
}
