// `preact/hooks` in the feature scripts' build: the content script's own copy (see slot.ts).
import { sharedPreact } from './slot';

export const { useState, useEffect, useRef } = sharedPreact();
