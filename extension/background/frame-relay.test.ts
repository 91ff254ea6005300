import { describe, expect, it, vi } from 'vitest';
import type { FrameForm } from '../../shared/protocol/frame-messages';
import { FrameRelay, type FrameSnapshot, type SendToFrame } from './frame-relay';

const form = (title: string): FrameForm => ({
  title,
  path: '/kp7-personal.html',
  fields: 12,
  subjectFields: 8,
  types: ['firstName', 'lastName'],
  fill: { phase: 'idle', steps: [], questions: 0, filled: 0, failed: 0, error: null },
  drafts: 0,
  restored: null,
});

function relay() {
  const send = vi.fn<SendToFrame>(async () => {});
  return { send, frames: new FrameRelay(send) };
}

describe('FrameRelay: the forms of a tab’s frames to its overlay, commands back', () => {
  it('gives the host the forms reported before it came, and pushes later ones to it', async () => {
    const { send, frames } = relay();
    await frames.report(7, 3, form('early'));
    expect(send).not.toHaveBeenCalled();
    expect(await frames.host(7, 0)).toEqual([{ ...form('early'), frameId: 3 }]);
    await frames.report(7, 5, form('later'));
    expect(send).toHaveBeenLastCalledWith(7, 0, {
      type: 'frame.forms',
      frames: [
        { ...form('early'), frameId: 3 },
        { ...form('later'), frameId: 5 },
      ],
    });
    // the frame navigated away: gone from the host's list
    await frames.report(7, 3, null);
    expect(send).toHaveBeenLastCalledWith(7, 0, {
      type: 'frame.forms',
      frames: [{ ...form('later'), frameId: 5 }],
    });
  });

  it('keeps each tab’s frames to that tab', async () => {
    const { send, frames } = relay();
    await frames.host(7, 0);
    await frames.host(8, 0);
    await frames.report(8, 3, form('other tab'));
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith(8, 0, expect.anything());
    // tab 7's host cannot command a frame of tab 8, even with its frame id
    await expect(frames.command(7, 0, 3, { kind: 'card' })).rejects.toMatchObject({
      code: 'FORBIDDEN_ORIGIN',
    });
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('sends a command only from the host, only to a frame that reported a form', async () => {
    const { send, frames } = relay();
    await frames.host(7, 0);
    await frames.report(7, 3, form('kp7'));
    await expect(frames.command(7, 4, 3, { kind: 'card' })).rejects.toMatchObject({
      code: 'FORBIDDEN_ORIGIN',
    });
    await expect(frames.command(7, 0, 9, { kind: 'card' })).rejects.toMatchObject({
      code: 'FORBIDDEN_ORIGIN',
    });
    await frames.command(7, 0, 3, { kind: 'register', citizenId: '1101700207030' });
    expect(send).toHaveBeenLastCalledWith(7, 3, {
      type: 'frame.command',
      command: { kind: 'register', citizenId: '1101700207030' },
    });
  });

  it('lets a frameset’s main frame host until the top frame claims the tab, never after', async () => {
    const { frames } = relay();
    await frames.report(7, 2, form('menu form'));
    expect(await frames.host(7, 1)).toEqual([{ ...form('menu form'), frameId: 2 }]);
    await frames.host(7, 0);
    await expect(frames.host(7, 1)).rejects.toThrow(/top frame/);
    // the top frame's own reports are ignored: it is the host
    await frames.report(7, 0, form('top'));
    expect(await frames.host(7, 0)).toEqual([{ ...form('menu form'), frameId: 2 }]);
  });

  it('forgets a closed tab', async () => {
    const { frames } = relay();
    await frames.host(7, 0);
    await frames.report(7, 3, form('kp7'));
    await frames.drop(7);
    await expect(frames.command(7, 0, 3, { kind: 'card' })).rejects.toMatchObject({
      code: 'FORBIDDEN_ORIGIN',
    });
  });

  it('survives a restart of the service worker: a new relay reads the frames back from the store', async () => {
    let kept: FrameSnapshot | null = null;
    const store = {
      get: async () => kept,
      set: async (snapshot: FrameSnapshot) => {
        kept = snapshot;
      },
    };
    const first = new FrameRelay(async () => {}, store);
    await first.host(7, 0);
    await first.report(7, 3, form('kp7'));
    const send = vi.fn<SendToFrame>(async () => {});
    const restarted = new FrameRelay(send, store);
    await restarted.command(7, 0, 3, { kind: 'card' });
    expect(send).toHaveBeenCalledWith(7, 3, { type: 'frame.command', command: { kind: 'card' } });
    await expect(restarted.command(8, 0, 3, { kind: 'card' })).rejects.toMatchObject({
      code: 'FORBIDDEN_ORIGIN',
    });
  });
});
