import type { Feature } from '../features/feature-manager';
import { relayFrame } from './relay-frame';

/**
 * The relay of a sub-frame's form to the tab's overlay (relay-frame.ts) as a script of its own
 * (entrypoints/feature-frame-relay.ts): only frames under another frame's overlay load it, so the content script that
 * runs on every assisted page does not carry it (≤ 40 KB gzip, `npm run bench:extension`: −0.7 KB).
 */
export const frameRelayFeature: Feature = {
  id: 'frame-relay',
  include: () => true,
  init: (session, signal) => relayFrame(session, signal),
};
