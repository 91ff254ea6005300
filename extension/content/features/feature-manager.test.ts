import { afterEach, describe, expect, it, vi } from 'vitest';

// The features reach the background through the polyfill; here only the draft saves are observed.
const sent: unknown[] = [];
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      sendMessage: async (message: unknown) => {
        sent.push(message);
        return { ok: true, drafts: [] };
      },
    },
  },
}));

const { AssistSession } = await import('../assist-session');
const { startFeatures } = await import('./feature-manager');
const { draftsFeature } = await import('./drafts');

function page(): InstanceType<typeof AssistSession> {
  document.body.innerHTML = `<form><table>
    <tr><td>ชื่อ</td><td><input name="ctl00$ContentPlaceHolder1$txtFName"></td></tr>
    <tr><td>นามสกุล</td><td><input name="ctl00$ContentPlaceHolder1$txtLName"></td></tr>
  </table></form>`;
  return new AssistSession(document, []);
}

afterEach(() => {
  sent.length = 0;
  vi.useRealTimers();
});

describe('startFeatures', () => {
  it('starts the features that apply; one that throws or rejects does not stop the others', async () => {
    const session = page();
    const ran: string[] = [];
    const failed: string[] = [];
    const started = startFeatures(
      [
        {
          id: 'throws',
          include: () => true,
          init: () => {
            throw new Error('boom');
          },
        },
        {
          id: 'rejects',
          include: () => true,
          init: async () => {
            throw new Error('later');
          },
        },
        {
          id: 'bad-include',
          include: () => {
            throw new Error('x');
          },
          init: () => ran.push('bad-include'),
        },
        { id: 'elsewhere', include: () => false, init: () => ran.push('elsewhere') },
        { id: 'fine', include: () => true, init: () => ran.push('fine') },
      ],
      session,
      new AbortController().signal,
      (id) => failed.push(id),
    );
    await Promise.resolve();
    expect(ran).toEqual(['fine']);
    expect(started).toEqual(['rejects', 'fine']);
    expect(failed.sort()).toEqual(['rejects', 'throws']);
  });
});

describe('drafts feature', () => {
  it('autosaves only on trusted events and removes its listeners when the signal aborts', async () => {
    vi.useFakeTimers();
    const session = page();
    const controller = new AbortController();
    startFeatures([draftsFeature], session, controller.signal);
    const input = document.querySelector('input') as HTMLInputElement;
    input.value = 'สมชาย';
    // A script-dispatched event is untrusted: no draft.
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent.filter((m) => (m as { type: string }).type === 'draft.save')).toHaveLength(0);

    // happy-dom marks no event trusted, so a trusted one is simulated by overriding the getter.
    const trusted = () => {
      const event = new Event('input', { bubbles: true });
      Object.defineProperty(event, 'isTrusted', { value: true });
      return event;
    };
    input.dispatchEvent(trusted());
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent.filter((m) => (m as { type: string }).type === 'draft.save')).toHaveLength(1);

    controller.abort();
    input.dispatchEvent(trusted());
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent.filter((m) => (m as { type: string }).type === 'draft.save')).toHaveLength(1);
  });
});
