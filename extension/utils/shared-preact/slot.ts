import type { Fragment, render } from 'preact';
import type { useEffect, useRef, useState } from 'preact/hooks';
import type { jsx, jsxDEV, jsxs } from 'preact/jsx-runtime';

/**
 * Where feature-preact puts the Preact of the lazily loaded feature scripts (content/share-preact.ts):
 * only what their panels use, so the content script keeps Preact's tree-shaking. Types only here: the feature
 * scripts' build aliases `preact` to this folder, so nothing here may import it.
 */
export const SHARED_PREACT = Symbol.for('lhr-assist.preact');
export type SharedPreact = {
  jsx: typeof jsx;
  jsxs: typeof jsxs;
  jsxDEV: typeof jsxDEV;
  Fragment: typeof Fragment;
  render: typeof render;
  useState: typeof useState;
  useEffect: typeof useEffect;
  useRef: typeof useRef;
};
export type WithSharedPreact = typeof globalThis & { [SHARED_PREACT]?: SharedPreact };

/** The shared copy, for the alias modules of the feature scripts. */
export function sharedPreact(): SharedPreact {
  const shared = (globalThis as WithSharedPreact)[SHARED_PREACT];
  if (!shared) throw new Error('LHR Assist: feature script ran before feature-preact');
  return shared;
}
