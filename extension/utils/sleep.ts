/** Promise-based timeout that works in pages, workers and Node alike. */
export function setTimeout(ms: number): Promise<void> {
  return new Promise((resolve) => globalThis.setTimeout(resolve, ms));
}
