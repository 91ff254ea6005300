import { cardFillFeature } from './card-fill';
import { checklistFeature } from './checklist';
import { draftsFeature } from './drafts';
import type { Feature } from './feature-manager';
import { guardFeature } from './guard';

/** Every assist of the content script, in the order they start. Add a feature here and nowhere else. */
export const FEATURES: readonly Feature[] = [checklistFeature, guardFeature, draftsFeature, cardFillFeature];
