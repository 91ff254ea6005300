// `preact` in the feature scripts' build: the content script's own copy (see slot.ts).
import { sharedPreact } from './slot';

export const { Fragment, render } = sharedPreact();
