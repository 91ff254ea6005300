import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({
  default: { runtime: { sendMessage: async () => ({ ok: true }) } },
}));
const { AssistSession } = await import('../assist-session');
const { mountOnGuard } = await import('./guard-mount');

describe('a sub-frame’s overlay', () => {
  it('is mounted only once the guard stops a click on a button of this frame, and not after the frame goes', () => {
    document.body.innerHTML = '<form><input name="txtName"></form>';
    const session = new AssistSession(document, []);
    const controller = new AbortController();
    const mount = vi.fn();
    mountOnGuard(session, controller.signal, mount);
    session.set({ phase: 'preview' });
    expect(mount).not.toHaveBeenCalled();
    // the guard stopped a click on a button of this frame: its panel shows here, next to the button
    session.set({ phase: 'guard' });
    expect(mount).toHaveBeenCalledTimes(1);
    controller.abort();
    session.set({ phase: 'guard' });
    expect(mount).toHaveBeenCalledTimes(1);
  });
});
