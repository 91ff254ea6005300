/**
 * What this frame does with the overlay (issue 14 item 4: one overlay per tab, in the top frame):
 * - `host`: shows the overlay for the whole tab — the top frame, or, when the top document is a `<frameset>` (which
 *   has no body an overlay could render in), the largest frame of it (the main content frame; a menu frame is the
 *   narrow one);
 * - `relay`: a sub-frame under a host of the same origin: it detects, fills, checks and guards its form, but its
 *   overlay is the host's (frames/relay-frame.ts);
 * - `own`: a sub-frame whose top document it cannot read (another origin, maybe not an assisted one): it keeps its own
 *   overlay, as before; the top frameset document itself has no overlay (no body) and no form.
 */
export type FrameRole = 'host' | 'relay' | 'own';

const isFrameset = (doc: Document) => doc.body?.tagName === 'FRAMESET';

/** Every leaf frame's area under `win` that this frame can see (another origin's frames are left out). */
function leafAreas(win: Window, out: Array<[Window, number]>): void {
  if (win.frames.length === 0) {
    try {
      out.push([win, win.innerWidth * win.innerHeight]);
    } catch {
      // a frame of another origin
    }
    return;
  }
  for (let i = 0; i < win.frames.length; i++) {
    const child = win.frames[i];
    if (child) leafAreas(child, out);
  }
}

export function frameRole(win: Window): FrameRole {
  const top = win.top;
  if (!top || top === win) return isFrameset(win.document) ? 'own' : 'host';
  let topDoc: Document;
  try {
    topDoc = top.document;
  } catch {
    return 'own';
  }
  if (!isFrameset(topDoc)) return 'relay';
  const areas: Array<[Window, number]> = [];
  leafAreas(top, areas);
  const largest = areas.reduce<[Window | null, number]>((best, a) => (a[1] > best[1] ? a : best), [null, -1]);
  return largest[0] === win ? 'host' : 'relay';
}
