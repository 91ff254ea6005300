import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF that Chromium printed, page by page — enough of a reader to check what a printed report says
 * without a PDF library: Skia writes each font as Type0/Identity-H with a ToUnicode CMap, and page content as
 * Flate streams of Tf/Tj/TJ. Text objects (BT…ET) are joined with a space.
 */
export function pdfPages(pdf: Uint8Array): string[] {
  const src = Buffer.from(pdf).toString('latin1');
  const objects = new Map<number, { dict: string; stream: Buffer | null }>();
  for (const m of src.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = m[2] ?? '';
    const at = body.search(/>>\s*stream\r?\n/);
    if (at < 0) {
      objects.set(Number(m[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, at + 2);
    const start = body.indexOf('stream', at) + 6;
    const from = body[start] === '\r' ? start + 2 : start + 1;
    const raw = Buffer.from(body.slice(from, body.lastIndexOf('endstream')), 'latin1');
    objects.set(Number(m[1]), { dict, stream: dict.includes('/FlateDecode') ? inflateSync(raw) : raw });
  }
  const cmaps = new Map<number, Map<number, string>>();
  const cmapOfFont = (fontObj: number) => {
    const ref = /\/ToUnicode (\d+) 0 R/.exec(objects.get(fontObj)?.dict ?? '');
    if (!ref) return new Map<number, string>();
    const id = Number(ref[1]);
    if (!cmaps.has(id)) cmaps.set(id, parseCmap(objects.get(id)?.stream?.toString('latin1') ?? ''));
    return cmaps.get(id) as Map<number, string>;
  };
  const pages: string[] = [];
  for (const { dict } of objects.values()) {
    if (!/\/Type \/Page\b(?!s)/.test(dict)) continue;
    const fontBlock = /\/Font\s*<<([\s\S]*?)>>/.exec(dict)?.[1] ?? '';
    const fonts = new Map(
      [...fontBlock.matchAll(/\/(\w+) (\d+) 0 R/g)].map((f) => [f[1] as string, cmapOfFont(Number(f[2]))]),
    );
    const contentRefs = /\/Contents (?:\[([^\]]*)\]|(\d+) 0 R)/.exec(dict);
    const refs = contentRefs?.[1]
      ? [...contentRefs[1].matchAll(/(\d+) 0 R/g)].map((r) => Number(r[1]))
      : [Number(contentRefs?.[2])];
    const content = refs.map((r) => objects.get(r)?.stream?.toString('latin1') ?? '').join('\n');
    pages.push(showText(content, fonts));
  }
  return pages;
}

function parseCmap(text: string): Map<number, string> {
  const map = new Map<number, string>();
  const utf16 = (hex: string) => {
    const units = hex.match(/[0-9a-f]{4}/gi) ?? [];
    return String.fromCharCode(...units.map((u) => Number.parseInt(u, 16)));
  };
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of (block[1] ?? '').matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>/gi))
      map.set(Number.parseInt(m[1] as string, 16), utf16(m[2] as string));
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of (block[1] ?? '').matchAll(
      /<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*(?:<([0-9a-f]+)>|\[([^\]]*)\])/gi,
    )) {
      const lo = Number.parseInt(m[1] as string, 16);
      const hi = Number.parseInt(m[2] as string, 16);
      if (m[3]) {
        const base = Number.parseInt(m[3], 16);
        for (let c = lo; c <= hi; c++) map.set(c, String.fromCharCode(base + c - lo));
      } else {
        const list = [...(m[4] ?? '').matchAll(/<([0-9a-f]+)>/gi)].map((x) => utf16(x[1] as string));
        for (const [i, s] of list.entries()) map.set(lo + i, s);
      }
    }
  }
  return map;
}

function showText(content: string, fonts: Map<string, Map<number, string>>): string {
  let font = new Map<number, string>();
  let out = '';
  const decode = (hex: string) => {
    const clean = hex.replace(/\s/g, '');
    for (let i = 0; i + 4 <= clean.length; i += 4)
      out += font.get(Number.parseInt(clean.slice(i, i + 4), 16)) ?? '';
  };
  for (const m of content.matchAll(
    /\/(\w+)\s+[\d.]+\s+Tf|\[([^\]]*)\]\s*TJ|<([0-9a-fA-F\s]*)>\s*Tj|\bET\b/g,
  )) {
    if (m[1]) font = fonts.get(m[1]) ?? new Map();
    else if (m[2] !== undefined) for (const h of m[2].matchAll(/<([0-9a-fA-F\s]*)>/g)) decode(h[1] ?? '');
    else if (m[3] !== undefined) decode(m[3]);
    else out += ' ';
  }
  return out.replace(/\s+/g, ' ').trim();
}
