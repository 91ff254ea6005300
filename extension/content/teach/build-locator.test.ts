import { describe, expect, it } from 'vitest';
import { buttonLocator, controlLocator } from './build-locator';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('teach locators (as the profiles write them)', () => {
  it('prefers the ASP.NET name suffix, then the id, then the label', () => {
    const doc = page(`
      <label for="a">ชื่อในระบบ</label><input id="a" name="ctl00$Main$txtF1">
      <label for="b">หมายเหตุ</label><input id="b">
      <label>ที่อยู่ <input></label>`);
    const [a, b, c] = Array.from(doc.querySelectorAll('input'));
    expect(controlLocator(a as HTMLInputElement, doc)).toEqual({ name: 'txtF1' });
    expect(controlLocator(b as HTMLInputElement, doc)).toEqual({ id: 'b' });
    expect(controlLocator(c as HTMLInputElement, doc)).toEqual({ label: 'ที่อยู่' });
  });

  it('skips a name two controls share; null when nothing finds only this control', () => {
    const doc = page(`<input name="x"><input name="x">`);
    const [first] = Array.from(doc.querySelectorAll('input'));
    expect(controlLocator(first as HTMLInputElement, doc)).toBeNull();
  });

  it('a radio group is one control by its name', () => {
    const doc = page(
      `<input type="radio" name="ctl00$sex" value="m"><input type="radio" name="ctl00$sex" value="f">`,
    );
    const [m] = Array.from(doc.querySelectorAll('input'));
    expect(controlLocator(m as HTMLInputElement, doc)).toEqual({ name: 'sex' });
  });

  it('buttons by id, name or their text', () => {
    const doc = page(`<button id="go">ส่ง</button><button name="ctl00$b2">ส่งต่อ</button><button>ยืนยัน</button>`);
    const [go, b2, plain] = Array.from(doc.querySelectorAll('button'));
    expect(buttonLocator(go as Element, doc)).toEqual({ id: 'go' });
    expect(buttonLocator(b2 as Element, doc)).toEqual({ name: 'b2' });
    expect(buttonLocator(plain as Element, doc)).toEqual({ label: 'ยืนยัน' });
  });
});
