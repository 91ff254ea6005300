import { defineUnlistedScript } from '#imports';
import { provideFeature } from '../content/features/provide-feature';
import type { EnglishMessages } from '../content/overlay/english';
import { EN_FIELD_LABELS, EN_MESSAGES } from '../i18n/messages-en';

const english: EnglishMessages = {
  id: 'english',
  include: () => false,
  init() {},
  messages: EN_MESSAGES,
  fields: EN_FIELD_LABELS,
};

// Injected when the officer picks English in the overlay (content/overlay/english.ts).
export default defineUnlistedScript(() => provideFeature(english));
