import { afterEach, describe, expect, it, vi } from 'vitest';
import { FrameForm } from '../../../shared/protocol/frame-messages';

// What the frame sends to the background, and the listener the background's commands arrive at.
const sent: unknown[] = [];
const listeners: Array<(message: unknown) => void> = [];
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      sendMessage: async (message: unknown) => {
        sent.push(message);
        return { ok: true };
      },
      onMessage: {
        addListener: (l: (message: unknown) => void) => listeners.push(l),
        removeListener: (l: (message: unknown) => void) => listeners.splice(listeners.indexOf(l), 1),
      },
      connect: () => ({
        onMessage: { addListener() {} },
        onDisconnect: { addListener() {} },
        postMessage() {},
      }),
    },
  },
}));

const { AssistSession } = await import('../assist-session');
const { frameForm, relayFrame } = await import('./relay-frame');

function page() {
  document.title = 'ข้อมูลส่วนตัว';
  document.body.innerHTML = `<form><table>
    <tr><td>ชื่อ</td><td><input name="ctl00$Main$txtFName" value="ประวิทย์"></td></tr>
    <tr><td>นามสกุล</td><td><input name="ctl00$Main$txtLName" value="ลับเฉพาะ"></td></tr>
  </table></form>`;
  return new AssistSession(document, []);
}

afterEach(() => {
  sent.length = 0;
  listeners.length = 0;
});

describe('a sub-frame under the tab’s overlay', () => {
  it('reports its form as counts, types and labels — the schema’s shape, without the values typed in it', () => {
    const form = frameForm(page());
    expect(FrameForm.parse(form)).toEqual(form);
    expect(form).toMatchObject({ fields: 2, subjectFields: 2, types: ['firstName', 'lastName'] });
    expect(JSON.stringify(form)).not.toMatch(/ประวิทย์|ลับเฉพาะ/);
  });

  it('reports when its form changes and when it goes, and runs the host’s commands', () => {
    const session = page();
    const controller = new AbortController();
    relayFrame(session, controller.signal);
    expect(sent).toEqual([{ type: 'frame.report', form: frameForm(session) }]);
    session.set({});
    expect(sent).toHaveLength(1); // unchanged: not sent again
    for (const l of listeners) l({ type: 'frame.command', command: { kind: 'card' } });
    expect(session.state.phase).toBe('connecting');
    expect(sent.at(-1)).toMatchObject({ type: 'frame.report', form: { fill: { phase: 'connecting' } } });
    for (const l of listeners) l({ type: 'frame.command', command: { kind: 'reset' } });
    expect(session.state.phase).toBe('idle');
    dispatchEvent(new Event('pagehide'));
    expect(sent.at(-1)).toEqual({ type: 'frame.report', form: null });
    controller.abort();
    expect(listeners).toHaveLength(0);
  });
});
