import { describe, expect, it } from 'vitest';
import { frameRole } from './frame-role';

type FakeWindow = {
  top: FakeWindow | null;
  document: { body: { tagName: string } | null };
  frames: FakeWindow[];
  innerWidth: number;
  innerHeight: number;
};

function win(tagName: string, size = [1000, 800], frames: FakeWindow[] = []): FakeWindow {
  const w: FakeWindow = {
    top: null,
    document: { body: { tagName } },
    frames,
    innerWidth: size[0] ?? 0,
    innerHeight: size[1] ?? 0,
  };
  w.top = w;
  for (const f of frames) f.top = w;
  return w;
}
const role = (w: FakeWindow) => frameRole(w as unknown as Window);

describe('frameRole: where the tab’s one overlay goes', () => {
  it('the top page with a body hosts it; its iframes relay', () => {
    const frame = win('BODY', [600, 400]);
    const top = win('BODY', [1200, 800], [frame]);
    expect(role(top)).toBe('host');
    expect(role(frame)).toBe('relay');
  });

  it('a frameset has no body for it: the largest frame hosts, the menu relays, the frameset itself has none', () => {
    const menu = win('BODY', [180, 800]);
    const main = win('BODY', [1100, 800]);
    const top = win('FRAMESET', [1280, 800], [menu, main]);
    expect(role(top)).toBe('own');
    expect(role(main)).toBe('host');
    expect(role(menu)).toBe('relay');
  });

  it('a frame under a top page of another origin keeps its own overlay', () => {
    const frame = win('BODY');
    const top = win('BODY', [1200, 800], [frame]);
    Object.defineProperty(top, 'document', {
      get() {
        throw new DOMException('cross-origin', 'SecurityError');
      },
    });
    expect(role(frame)).toBe('own');
  });
});
