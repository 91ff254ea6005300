/**
 * A sliding-window limit per caller (a tab, or the extension's pages): register searches are capped so a script
 * in an assisted page cannot walk the register by trying prefixes (anti-enumeration).
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one call; false when the caller is over the limit. */
  take(caller: string): boolean {
    const now = this.now();
    const recent = (this.hits.get(caller) ?? []).filter((t) => now - t < this.windowMs);
    const ok = recent.length < this.max;
    if (ok) recent.push(now);
    this.hits.set(caller, recent);
    if (this.hits.size > 1000) this.hits.clear();
    return ok;
  }
}
