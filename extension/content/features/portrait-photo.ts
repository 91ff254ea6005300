import type { AssistSession } from '../assist-session';
import { portraitInput, putPortrait } from '../forms/portrait-file';
import type { Feature } from './feature-manager';

/**
 * The ก.ถ. ปลัด registry's "เพิ่มปลัด" (seed 000): the card read on this form also asks the agent for the photo — the
 * only form that does — and the photo, cropped to 4×6 cm (2:3) around the face, goes into the page's file input,
 * with a clear warning that a card photo is low resolution.
 */
export function readCardWithPhoto(session: AssistSession): void {
  const input = portraitInput(session.doc);
  if (!input) return;
  session.readCard({
    onPhoto: (jpeg) => {
      putPortrait(input, jpeg)
        .then((portrait) => session.set({ portrait }))
        .catch(() => session.set({ portrait: null }));
    },
  });
}

export const portraitPhotoFeature: Feature = {
  id: 'portrait-photo',
  include: (session) => portraitInput(session.doc) !== null,
  init(session) {
    session.set({ portraitForm: true });
  },
};
