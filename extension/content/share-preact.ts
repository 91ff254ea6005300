import { Fragment, render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { jsx, jsxDEV, jsxs } from 'preact/jsx-runtime';
import { SHARED_PREACT, type WithSharedPreact } from '../utils/shared-preact/slot';

/**
 * Hands one Preact to the lazily loaded feature scripts (run by entrypoints/feature-preact.ts, injected before the
 * first of them): a feature's overlay panel is rendered by the overlay's Preact, and hooks only work with the copy
 * that renders them. The feature scripts import `preact`, `preact/hooks` and `preact/jsx-runtime` as usual; their
 * build aliases those to `utils/shared-preact/` (see wxt.config.ts), which read this slot in the content script's
 * isolated world (the page cannot see it).
 */
export function sharePreact(): void {
  (globalThis as WithSharedPreact)[SHARED_PREACT] ??= {
    jsx,
    jsxs,
    jsxDEV,
    Fragment,
    render,
    useState,
    useEffect,
    useRef,
  };
}
