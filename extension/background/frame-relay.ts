import { AppError } from '../../shared/errors';
import type {
  FrameCommand,
  FrameCommandPush,
  FrameEntry,
  FrameForm,
  FramesPush,
} from '../../shared/protocol/frame-messages';

/** Sends to one frame of one tab (tabs.sendMessage with { frameId }). */
export type SendToFrame = (
  tabId: number,
  frameId: number,
  message: FramesPush | FrameCommandPush,
) => Promise<void>;

interface TabFrames {
  /** the frame showing the tab's overlay: the top frame, or a frameset's main frame */
  host: number | null;
  forms: Map<number, FrameForm>;
}

/** What survives a restart of the service worker (storage.session: RAM only, closed to content scripts). */
export type FrameSnapshot = Array<[number, { host: number | null; forms: Array<[number, FrameForm]> }]>;
export interface FrameStore {
  get(): Promise<FrameSnapshot | null>;
  set(snapshot: FrameSnapshot): Promise<void>;
}

/**
 * The frames of each tab (issue 14 item 4): sub-frames report their forms, the host frame (the one overlay of the
 * tab) gets them all and sends commands back to one of them. Everything stays within the tab the message came from,
 * and both ends are content scripts on assisted pages (sender-policy.ts checks the sender of every message; a frame
 * is a command's target only after it reported a form from an assisted page of that tab). Kept in `store` too: the
 * MV3 worker sleeps after half a minute without events, and the officer may well read a form that long before
 * pressing a button in the overlay.
 */
export class FrameRelay {
  private readonly tabs = new Map<number, TabFrames>();
  private loading: Promise<void> | null = null;

  constructor(
    private readonly send: SendToFrame,
    private readonly store: FrameStore = { get: async () => null, set: async () => {} },
  ) {}

  private load(): Promise<void> {
    this.loading ??= this.store.get().then(
      (snapshot) => {
        for (const [tabId, tab] of snapshot ?? [])
          if (!this.tabs.has(tabId)) this.tabs.set(tabId, { host: tab.host, forms: new Map(tab.forms) });
      },
      () => {},
    );
    return this.loading;
  }

  private save(): Promise<void> {
    const snapshot: FrameSnapshot = [...this.tabs].map(([tabId, tab]) => [
      tabId,
      { host: tab.host, forms: [...tab.forms] },
    ]);
    return this.store.set(snapshot).catch(() => {});
  }

  private tab(tabId: number): TabFrames {
    let tab = this.tabs.get(tabId);
    if (!tab) {
      tab = { host: null, forms: new Map() };
      this.tabs.set(tabId, tab);
    }
    return tab;
  }

  private entries(tab: TabFrames): FrameEntry[] {
    return [...tab.forms]
      .filter(([frameId]) => frameId !== tab.host)
      .map(([frameId, form]) => ({ ...form, frameId }));
  }

  /**
   * A frame will show the overlay. The top frame always may (it holds every other frame); a sub-frame (a frameset's
   * main frame: a frameset document has no body for the overlay) only while the top frame has not claimed it.
   */
  async host(tabId: number, frameId: number): Promise<FrameEntry[]> {
    await this.load();
    const tab = this.tab(tabId);
    if (frameId !== 0 && tab.host === 0)
      throw new AppError('FORBIDDEN_ORIGIN', 'the top frame shows the overlay');
    tab.host = frameId;
    tab.forms.delete(frameId);
    await this.save();
    return this.entries(tab);
  }

  /** A sub-frame's form changed (null: it is gone); the host hears of it at once. */
  async report(tabId: number, frameId: number, form: FrameForm | null): Promise<void> {
    // the top frame holds the others: it is the host, never one of the reported frames
    if (frameId === 0) return;
    await this.load();
    const tab = this.tab(tabId);
    if (form) tab.forms.set(frameId, form);
    else if (!tab.forms.delete(frameId)) return;
    await this.save();
    if (tab.host === null || tab.host === frameId) return;
    await this.send(tabId, tab.host, { type: 'frame.forms', frames: this.entries(tab) }).catch(() => {
      // the host navigated away: its next page claims the overlay again and gets the list in the reply
    });
  }

  /** The host's command, only to a frame of the same tab that reported a form. */
  async command(tabId: number, fromFrameId: number, frameId: number, command: FrameCommand): Promise<void> {
    await this.load();
    const tab = this.tabs.get(tabId);
    if (!tab || tab.host !== fromFrameId || frameId === fromFrameId || !tab.forms.has(frameId))
      throw new AppError('FORBIDDEN_ORIGIN', 'no such frame in this tab');
    await this.send(tabId, frameId, { type: 'frame.command', command });
  }

  /** The tab closed. */
  async drop(tabId: number): Promise<void> {
    await this.load();
    if (this.tabs.delete(tabId)) await this.save();
  }
}
