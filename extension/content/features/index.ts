import { captureFeature } from './capture';
import { cardFillFeature } from './card-fill';
import { checklistFeature } from './checklist';
import { draftsFeature } from './drafts';
import type { Feature } from './feature-manager';
import { fiscalYearNoteFeature } from './fiscal-year-note';
import { guardFeature } from './guard';
import { historyRowsFeature } from './history-rows';
import { portraitPhotoFeature } from './portrait-photo';
import { registerFillFeature } from './register-fill';
import { sectionPickerFeature } from './section-picker';
import { staffListFeature } from './staff-list';
import { statusChangeFeature } from './status-change';
import { transferOrderFeature } from './transfer-order';

/** Every assist of the content script, in the order they start. Add a feature here and nowhere else. */
export const FEATURES: readonly Feature[] = [
  checklistFeature,
  guardFeature,
  draftsFeature,
  cardFillFeature,
  registerFillFeature,
  historyRowsFeature,
  captureFeature,
  staffListFeature,
  transferOrderFeature,
  statusChangeFeature,
  sectionPickerFeature,
  fiscalYearNoteFeature,
  portraitPhotoFeature,
];
