import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({
  default: { runtime: { sendMessage: async () => ({ ok: true }) } },
}));
const { AssistSession } = await import('../assist-session');
const { openItems } = await import('./guard');

describe('the certify guard’s count of open items', () => {
  it('counts one while this form’s checklist (a script of its own) has not checked the form yet', () => {
    document.body.innerHTML = `<form><label for="fn">ชื่อ</label><input id="fn" name="fn">
      <label for="ln">นามสกุล</label><input id="ln" name="ln"></form>`;
    const session = new AssistSession(document, []);
    expect(openItems(session)).toBe(1);
    session.set({ checklist: [], checklistChecked: true });
    expect(openItems(session)).toBe(0);
  });
});
