import { beforeEach, describe, expect, it } from 'vitest';
import { detect, verdicts } from './detect-test-support';

// The eighth session's round (docs/autofill.md, "The eighth session's round"); earlier rounds are in
// unseen-pages-dev47.test.ts and unseen-pages-dev61.test.ts.

beforeEach(() => {
  document.body.innerHTML = '';
  document.title = '';
});

describe('the eighth session round', () => {
  it('a div grid\'s "ข้อมูลเดิม | ข้อมูลใหม่" header row heads every row under it, not only the first', () => {
    const row = (label: string, name: string) =>
      `<div class="row"><label class="c" for="new_${name}">${label}</label>` +
      `<div class="c"><input name="old_${name}" disabled></div><div class="c"><input id="new_${name}" name="new_${name}"></div></div>`;
    const fields = detect(
      `<form><div class="row"><div class="c">รายการ</div><div class="c">ข้อมูลเดิม (Current)</div><div class="c">ข้อมูลใหม่ (New)</div></div>` +
        row('บ้านเลขที่', 'house') +
        row('หมู่ที่', 'moo') +
        row('ถนน', 'road') +
        row('รหัสไปรษณีย์', 'zip') +
        `<button type="submit">ส่งคำขอ</button></form>`,
    );
    expect(verdicts(fields, ['old_moo', 'new_moo', 'old_zip', 'new_zip'])).toEqual([
      'moo/other',
      'moo',
      'postcode/other',
      'postcode',
    ]);
  });

  it('"ย้ายเข้าเมื่อ [date]" is when he moved in, not a place: the new address beside it stays his', () => {
    const box = (label: string, id: string, type = 'text') =>
      `<div class="f"><input id="${id}" type="${type}"><label for="${id}">${label}</label></div>`;
    const fields = detect(
      `<h3>แจ้งเปลี่ยนแปลงที่อยู่ตามทะเบียนบ้าน</h3><form>${box('ชื่อ-สกุล ผู้แจ้ง', 'nm')}` +
        `<fieldset><legend>ที่อยู่ใหม่</legend>${box('บ้านเลขที่', 'hn')}${box('ถนน', 'rd')}${box('รหัสไปรษณีย์', 'zip')}` +
        `${box('ย้ายเข้าเมื่อ', 'moved', 'date')}${box('อีเมล', 'em', 'email')}</fieldset>` +
        `<button type="submit">ส่งแจ้งเปลี่ยนแปลง</button></form>`,
    );
    expect(verdicts(fields, ['nm', 'hn', 'rd', 'zip', 'em'])).toEqual([
      'fullName',
      'houseNo',
      'road',
      'postcode',
      'email',
    ]);
  });
});
