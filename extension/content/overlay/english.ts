import { hasEnglishMessages, type MessageKey, setEnglishMessages } from '../../i18n/messages';
import type { Feature } from '../features/feature-manager';
import { loadFeature } from '../features/lazy-feature';

/** What the English script hands over: a Feature in form only (the lazy-script channel), carrying the messages. */
export interface EnglishMessages extends Feature {
  messages: Record<MessageKey, string>;
  fields: Record<string, string>;
}

/**
 * Loads the overlay's English messages (their own script, feature-english.ts) once; false when they could not be
 * loaded, and the overlay stays in Thai.
 */
export async function loadEnglish(): Promise<boolean> {
  if (hasEnglishMessages()) return true;
  try {
    const script = (await loadFeature('english', 'feature-english')) as Partial<EnglishMessages>;
    // (a script that came without its messages leaves the overlay in Thai)
    if (typeof script.messages?.readCard !== 'string') return false;
    setEnglishMessages(script.messages, script.fields);
    return true;
  } catch {
    return false;
  }
}
