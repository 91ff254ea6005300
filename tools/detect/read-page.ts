/**
 * Turns a saved page's bytes into its text the way a browser would: a byte-order mark first, then the charset its
 * <meta> declares (old Thai government pages are TIS-620 / windows-874), then UTF-8, and, when the bytes are not
 * UTF-8 and nothing is declared, windows-874 (what a Thai-locale browser falls back to). Throws when the result is
 * not an HTML page (no tag at all, or binary data).
 */
export function decodePage(bytes: Uint8Array): string {
  const text = decodeBytes(bytes);
  // NUL characters do not occur in pages; a run of them is a binary file whatever it contains.
  if (/\0{2}/.test(text.slice(0, 4096)) || !/<[a-z!]/i.test(text)) throw new Error('not an HTML page');
  return text;
}

function decodeBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decode('utf-8', bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode('utf-16be', bytes.subarray(2));
  const declared = declaredCharset(bytes);
  if (declared) return decode(declared, bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decode('windows-874', bytes);
  }
}

function decode(label: string, bytes: Uint8Array): string {
  return new TextDecoder(label).decode(bytes);
}

/**
 * The encoding a <meta charset> or <meta http-equiv="Content-Type" content="…; charset=…"> in the page's first
 * bytes declares, when TextDecoder knows it. A declared UTF-16 in an ASCII-compatible file is read as UTF-8, as
 * browsers do.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const label = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta)?.[1];
    if (!label) continue;
    try {
      const encoding = new TextDecoder(label).encoding;
      return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
    } catch {
      // an unknown label: the next declaration or the fallback decides
    }
  }
  return null;
}

/**
 * A saved page's refresh (a session-timeout page, "redirecting…") would navigate the detection browser away from
 * the page before it is read; the page's controls are what matters, so the refresh is dropped.
 */
export function withoutRefresh(html: string): string {
  return html.replace(/<meta\b[^>]*http-equiv\s*=\s*["']?refresh[^>]*>/gi, '');
}
