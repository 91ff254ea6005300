/** Sliding-window counter: at most `limit` events per `windowMs` for each key. */
export class RateLimiter {
  private readonly events = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records an event for `key`; false when it is over the limit (the event is not recorded then). */
  take(key: string): boolean {
    const now = this.now();
    const recent = (this.events.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.limit) {
      this.events.set(key, recent);
      return false;
    }
    recent.push(now);
    this.events.set(key, recent);
    return true;
  }

  /** The limit and window, for the RateLimit-Policy header of a refusal. */
  get policy(): { limit: number; windowSec: number } {
    return { limit: this.limit, windowSec: Math.ceil(this.windowMs / 1000) };
  }

  /** Whole seconds until `key` may take another event (0 when it may now): the Retry-After of a refusal. */
  retryAfterSec(key: string): number {
    const now = this.now();
    const recent = (this.events.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length < this.limit) return 0;
    const oldest = recent[recent.length - this.limit] ?? now;
    return Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000));
  }
}
