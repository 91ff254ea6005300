import { describe, expect, it } from 'vitest';
import { encodeTis620 } from '../../shared/thai/tis620';
import { declaredCharset, decodePage, withoutRefresh } from './read-page';

const page = (head: string) =>
  `<html><head>${head}<title>แบบฟอร์ม</title></head><body><form>ชื่อ <input name="a"></form></body></html>`;

describe('decodePage: a saved page read as a browser would', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    const html = page('<meta charset="utf-8">');
    expect(decodePage(new TextEncoder().encode(html))).toBe(html);
    expect(decodePage(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(html)]))).toBe(html);
  });

  it('reads TIS-620 and windows-874 pages by their meta declaration, either spelling', () => {
    for (const head of [
      '<meta http-equiv="Content-Type" content="text/html; charset=tis-620">',
      '<META HTTP-EQUIV="content-type" CONTENT="text/html;charset=TIS-620">',
      '<meta charset=windows-874>',
      "<meta charset='iso-8859-11'>",
    ]) {
      const html = page(head);
      expect(decodePage(encodeTis620(html))).toBe(html);
    }
  });

  it('falls back to windows-874 when Thai bytes are not UTF-8 and nothing is declared', () => {
    const html = page('');
    expect(decodePage(encodeTis620(html))).toBe(html);
  });

  it('reads UTF-16 with a byte-order mark; a declared UTF-16 in an ASCII file is UTF-8', () => {
    const html = page('');
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(html, 'utf16le'))]);
    expect(decodePage(le)).toBe(html);
    expect(declaredCharset(new TextEncoder().encode('<meta charset="utf-16">'))).toBe('utf-8');
  });

  it('ignores an unknown charset label and reads UTF-8', () => {
    const html = page('<meta charset="x-no-such-charset">');
    expect(decodePage(new TextEncoder().encode(html))).toBe(html);
  });

  it('rejects text without a tag, empty files and binary data', () => {
    expect(() => decodePage(new TextEncoder().encode('just words'))).toThrow('not an HTML page');
    expect(() => decodePage(new Uint8Array())).toThrow('not an HTML page');
    expect(() => decodePage(new Uint8Array([0x3c, 0x61, 0, 0, 0, 1, 0xff]))).toThrow('not an HTML page');
  });

  it('accepts a bare frameset or a fragment as a page', () => {
    expect(decodePage(new TextEncoder().encode('<frameset><frame src="a.html"></frameset>'))).toContain(
      'frameset',
    );
    expect(decodePage(new TextEncoder().encode('<input name="x">'))).toBe('<input name="x">');
  });
});

describe('withoutRefresh', () => {
  it('drops a meta refresh, keeps other metas', () => {
    const html = '<meta charset="utf-8"><META http-equiv=Refresh content="0;url=/login"><input>';
    expect(withoutRefresh(html)).toBe('<meta charset="utf-8"><input>');
  });
});
