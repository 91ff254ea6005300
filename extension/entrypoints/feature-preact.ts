import { defineUnlistedScript } from '#imports';
import { sharePreact } from '../content/share-preact';

// Injected once per frame before the first feature script (content/features/lazy-feature.ts): the Preact every
// feature script's panel renders with, kept out of the content script that runs on every assisted page.
export default defineUnlistedScript(() => sharePreact());
