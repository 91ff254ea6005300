import { captureFeature } from './capture';
import { cardFillFeature } from './card-fill';
import { certifiedFeature } from './certified';
import { checklistFeature } from './checklist';
import { draftsFeature } from './drafts';
import { dynamicPageFeature } from './dynamic-page';
import type { Feature } from './feature-manager';
import { guardFeature } from './guard';
import { historyRowsFeature } from './history-rows';
import { profileHealthFeature } from './profile-health';
import { provincePagesFeature } from './province-pages';
import { readinessJumpFeature } from './readiness-jump';
import { registerFillFeature } from './register-fill';
import { staffListFeature } from './staff-list';

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
  provincePagesFeature,
  readinessJumpFeature,
  certifiedFeature,
  profileHealthFeature,
  dynamicPageFeature,
];
