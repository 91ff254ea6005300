#!/usr/bin/env node
// Runs the TypeScript backend through tsx, resolved from this file so it works from any directory.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
