import type { MessageKey } from './messages';

/** The content script's messages in English (Thai first: messages.ts; loaded on demand, see setEnglishMessages). */
export const EN_MESSAGES: Record<MessageKey, string> = {
  appName: 'LHR Assist',
  readCard: 'Read ID card',
  searchCache: 'Search saved people',
  searchPlaceholder: 'Citizen ID or name',
  noResults: 'Nothing saved matches',
  profileInUse: 'Site profile',
  connecting: 'Connecting to the card agent…',
  waitingCard: 'Insert the ID card into the reader (if it is already in, take it out and put it back)',
  reading: 'Reading the card…',
  undo: 'Undo',
  close: 'Close',
  retry: 'Try again',
  undone: 'Previous values restored',
  notPaired:
    'Not paired with the card agent — click the LHR Assist icon and enter the code from lhr-agent pair',
  language: 'ภาษาไทย',
  guardAcknowledged: 'Press the certify button again to continue (within 1 minute)',
  password: 'Password',
};
