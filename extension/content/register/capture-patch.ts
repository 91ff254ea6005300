import { RegisterPatch } from '../../../shared/protocol/register-messages';
import type { DetectedField } from '../detect/detected-field';
import { patchFromForm } from './capture-form';

/** The form's patch, checked against the wire schema; null when the page shows nothing to keep. */
export function capturePatch(fields: readonly DetectedField[]): RegisterPatch | null {
  const parsed = RegisterPatch.safeParse(patchFromForm(fields));
  return parsed.success ? parsed.data : null;
}
