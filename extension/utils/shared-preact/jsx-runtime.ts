// `preact/jsx-runtime` (and `preact/jsx-dev-runtime`, test builds) in the feature scripts' build: the content script's own copy (see slot.ts).
import { sharedPreact } from './slot';

export const { jsx, jsxs, jsxDEV, Fragment } = sharedPreact();
