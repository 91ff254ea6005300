import type { RegisterPatch } from '../../../shared/protocol/register-messages';
import type { DetectedField } from '../detect/detected-field';
import { patchFromForm } from './capture-form';

/** The form's patch; null when the page shows nothing to keep. The background checks it against the schema. */
export function capturePatch(fields: readonly DetectedField[]): RegisterPatch | null {
  const patch = patchFromForm(fields);
  return Object.keys(patch).length > 0 ? (patch as RegisterPatch) : null;
}
