import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { bundledProfiles } from '../../profiles/load-profiles';
import { detectFields } from './detect-fields';

const pages = join(import.meta.dirname, '../../../tests/practice-site/public');

function load(file: string): Document {
  const html = readFileSync(join(pages, file), 'utf8');
  document.documentElement.innerHTML = html
    .replace(/^[\s\S]*?<html[^>]*>/i, '')
    .replace(/<\/html>\s*$/i, '')
    .replace(/<link[^>]*>|<script[\s\S]*?<\/script>/gi, '');
  return document;
}

const byName = (fields: ReturnType<typeof detectFields>) =>
  Object.fromEntries(
    fields.map((f) => [(f.element.getAttribute('name') ?? f.element.id).split('$').pop(), f]),
  );

describe('detection on the practice pages', () => {
  beforeEach(() => {
    document.documentElement.innerHTML = '';
  });

  it('uses the site profile where its page and fingerprint match', () => {
    const fields = byName(
      detectFields(
        load('kp7-personal.html'),
        new URL('http://127.0.0.1:47380/kp7-personal.html'),
        bundledProfiles(),
      ),
    );
    expect(fields.txtIDCard3).toMatchObject({
      type: 'citizenId',
      part: 2,
      parts: [1, 4, 5, 2, 1],
      source: 'profile',
    });
    expect(fields.ddlPrefix).toMatchObject({ type: 'title', scope: 'subject', required: true });
    expect(fields.txtFatherFName).toMatchObject({ type: null, scope: 'other' });
    expect(fields.txtBirthDate?.date).toEqual({ style: 'numeric', digits: 'ascii', era: 'BE' });
  });

  it('does not use a profile whose fingerprint is missing (a redesigned page): heuristics take over', () => {
    const doc = load('kp7-personal.html');
    for (const td of Array.from(doc.querySelectorAll('td')))
      if (td.textContent?.includes('คำนำหน้าชื่อ')) td.textContent = 'คำนำหน้า';
    const fields = detectFields(doc, new URL('http://127.0.0.1:47380/kp7-personal.html'), bundledProfiles());
    expect(fields.every((f) => f.source === 'heuristic')).toBe(true);
  });

  it("finds the card holder's fields by Thai labels alone and keeps father/mother/spouse/recorder out", () => {
    const fields = byName(
      detectFields(load('kp7-personal.html'), new URL('https://lhr.dla.go.th/kp7.aspx'), []),
    );
    expect(fields.txtFName).toMatchObject({ type: 'firstName', scope: 'subject', source: 'heuristic' });
    expect(fields.txtMName).toMatchObject({ type: 'middleName', scope: 'subject' });
    expect(fields.txtLName).toMatchObject({ type: 'lastName', scope: 'subject' });
    expect(fields.ddlPrefix).toMatchObject({ type: 'title', scope: 'subject' });
    expect(fields.txtBirthDate).toMatchObject({ type: 'birthDate', scope: 'subject' });
    // one label over title + three boxes: each box's placeholder names its part of the English name
    expect(fields.txtFNameEN).toMatchObject({ type: 'firstNameEn', scope: 'subject' });
    expect(fields.txtMNameEN).toMatchObject({ type: 'middleNameEn', scope: 'subject' });
    expect(fields.txtLNameEN).toMatchObject({ type: 'lastNameEn', scope: 'subject' });
    expect(fields.txtNickName?.type).toBeNull();
    expect(fields.ddlBlood?.type).not.toBe('moo');
    for (const other of [
      'ddlFatherPrefix',
      'txtFatherFName',
      'txtFatherLName',
      'txtMotherFName',
      'txtMotherLName',
      'txtSpouseName',
      'txtSpouseID',
      'txtRecorder',
    ]) {
      expect(fields[other]?.scope === 'subject' && fields[other]?.type !== null, other).toBe(false);
    }
  });

  it('never offers the captcha or password of the login page', () => {
    const fields = detectFields(load('login.html'), new URL('https://lhr.dla.go.th/login.aspx'), []);
    expect(fields.filter((f) => f.type !== null)).toEqual([]);
  });

  it('reads address labels from table cells', () => {
    const fields = byName(
      detectFields(load('kp7-address.html'), new URL('https://lhr.dla.go.th/addr.aspx'), []),
    );
    expect(fields.txtHouseNo?.type).toBe('houseNo');
    expect(fields.txtMoo?.type).toBe('moo');
    expect(fields.ddlProvince?.type).toBe('province');
    expect(fields.ddlAmphur?.type).toBe('district');
    expect(fields.ddlTambon?.type).toBe('subdistrict');
    expect(fields.txtZipcode?.type).toBe('postcode');
    expect(fields.txtEmail?.type).toBe('email');
    expect(fields.txtMobile?.type).toBe('mobile');
    expect(fields.txtPhone?.type).toBe('phone');
  });
});

describe('date formats of heuristic fields', () => {
  it.each([
    ['<input type="date">', { style: 'iso', digits: 'ascii', era: 'CE' }],
    ['<input placeholder="วว/ดด/ปปปป">', { style: 'numeric', digits: 'ascii', era: 'BE' }],
    ['<input placeholder="dd/mm/yyyy (ค.ศ.)">', { style: 'numeric', digits: 'ascii', era: 'CE' }],
    ['<input placeholder="๐๑/๑๐/๒๕๖๗">', { style: 'numeric', digits: 'thai', era: 'BE' }],
    ['<input value="1 ต.ค. 2567">', { style: 'short', digits: 'ascii', era: 'BE' }],
  ])('%s', (control, expected) => {
    document.body.innerHTML = `<table><tr><td>วันเกิด</td><td>${control}</td></tr></table>`;
    const [field] = detectFields(document, new URL('https://lhr.dla.go.th/'), []);
    expect(field?.type).toBe('birthDate');
    expect(field?.date).toEqual(expected);
  });
});

describe('labels that look like the holder but are not', () => {
  it('the date an incident happened (วันที่เกิดเหตุ) is no birth date; the accused party’s phone is not his', () => {
    document.body.innerHTML =
      '<form><table><tr><td>วันเกิด</td><td><input name="b"></td></tr><tr><td>วันที่เกิดเหตุ</td><td><input name="i"></td></tr>' +
      '<tr><td>เบอร์โทรผู้ถูกร้อง (ถ้าทราบ)</td><td><input name="t"></td></tr></table></form>';
    const fields = byName(detectFields(document, new URL('https://example.go.th/'), []));
    expect(fields.b?.type).toBe('birthDate');
    expect(fields.i?.type).toBeNull();
    expect(fields.t?.scope === 'subject' && fields.t?.type !== null).toBe(false);
  });

  it('a fax number (โทรสาร) is not a phone', () => {
    document.body.innerHTML =
      '<form><dl><dt>โทรศัพท์</dt><dd><input name="p"></dd><dt>โทรสาร</dt><dd><input name="f"></dd></dl></form>';
    const fields = byName(detectFields(document, new URL('https://example.go.th/'), []));
    expect(fields.p?.type).toBe('phone');
    expect(fields.f?.type).toBeNull();
  });

  it('the address on the ID card (ที่อยู่ตามบัตรประชาชน) is an address, not the card number', () => {
    document.body.innerHTML =
      '<form><table><tr><th colspan="2">ที่อยู่ตามบัตรประชาชน / Address on ID card</th></tr>' +
      '<tr><td colspan="2"><textarea name="a"></textarea></td></tr>' +
      '<tr><td>เลขบัตรประชาชน</td><td><input name="c"></td></tr></table></form>';
    const fields = byName(detectFields(document, new URL('https://example.go.th/'), []));
    expect(fields.a?.type).toBe('addressLine');
    expect(fields.c?.type).toBe('citizenId');
  });

  it.each([
    ['เลขประจำตัวประชาชนผู้เสียภาษี', 'citizenId'],
    ['เลขประจำตัวผู้เสียภาษีอากร', null],
    ['ที่อยู่ตามทะเบียนบ้าน เลขที่', 'houseNo'],
    ['เลขที่/ห้อง', 'houseNo'],
    ['ที่อยู่ผู้แจ้ง', 'addressLine'],
    ['ที่อยู่ผู้ยื่นคำร้อง', 'addressLine'],
    ['ที่อยู่ตามที่ปรากฏบนบัตร', 'addressLine'],
    ['โทรศัพท์ภายใน', null],
    ['จังหวัดทะเบียน', null],
  ])('"%s" → %s', (label, type) => {
    document.body.innerHTML = `<form><table><tr><td>${label}</td><td><input name="x"></td></tr></table></form>`;
    const fields = byName(detectFields(document, new URL('https://example.go.th/'), []));
    expect(fields.x?.type ?? null).toBe(type);
  });

  it('a name labelled with a role nobody listed (ผู้ควบคุมงาน) is not filled as the holder’s', () => {
    document.body.innerHTML =
      '<form><table><tr><td>ชื่อ-นามสกุล</td><td><input name="a"></td></tr>' +
      '<tr><td>ชื่อ-นามสกุลผู้ควบคุมงาน</td><td><input name="b"></td></tr></table></form>';
    const fields = byName(detectFields(document, new URL('https://example.go.th/'), []));
    expect(fields.a?.scope).toBe('subject');
    expect(fields.b?.scope).toBe('other');
  });

  it.each([
    ['<td>ชื่อ <span class="en">First name</span></td><td><input name="x"></td>', 'firstName'],
    ['<td>ผู้มีเงินได้ชื่อ</td><td><input name="x"></td>', 'firstName'],
    ['<td>ชื่อ - ชื่อสกุล (ภาษาไทย)</td><td><input name="x"></td>', 'fullName'],
    ['<td>บัตรประชาชนหมดอายุ</td><td><input name="x"></td>', 'cardExpiryDate'],
    ['<td>ชื่อนักเรียน<br><input name="x"></td><td>นามสกุลนักเรียน<br><input name="y"></td>', 'firstName'],
  ])('%s → %s', (cells, type) => {
    document.body.innerHTML = `<form><table><tr>${cells}</tr></table></form>`;
    expect(byName(detectFields(document, new URL('https://example.go.th/'), [])).x?.type).toBe(type);
  });

  it('a work phone does not make the contact block an organisation’s; an issuer after another document is not the card’s', () => {
    document.body.innerHTML =
      '<form><h3>การติดต่อ</h3><table><tr><td>โทรศัพท์ที่ทำงาน</td><td><input name="w"></td><td>โทรศัพท์มือถือ</td>' +
      '<td><input name="m"></td></tr></table><p>หนังสือสำคัญเลขที่ <input name="d"> ออกโดย <input name="o"></p>' +
      '<h4>ที่อยู่ (ตามทะเบียนบ้าน)</h4><input name="h" placeholder="บ้านเลขที่"></form>';
    const fields = byName(detectFields(document, new URL('https://example.go.th/'), []));
    expect([fields.m?.type, fields.m?.scope]).toEqual(['mobile', 'subject']);
    expect(fields.o?.type).toBeNull();
    expect(fields.h?.type).toBe('houseNo');
  });

  it('the district of a school named on its line and the office of another document are not his address', () => {
    document.body.innerHTML =
      '<form><table><tr><td>ชื่อ</td><td><input name="f"></td></tr>' +
      '<tr><td>สถานศึกษาปัจจุบัน</td><td><input name="s"></td><td>อำเภอ</td><td><input name="sd"></td></tr>' +
      '<tr><td>อำเภอ</td><td><input name="d"></td></tr></table>' +
      '<p>ประเภทหลักฐาน <select name="t"><option>ช.3</option></select> เลขที่ <input name="n"> ' +
      'ออกโดยนายทะเบียน อำเภอ/เขต <input name="o"> จังหวัด <input name="p"></p></form>';
    const fields = byName(detectFields(document, new URL('https://example.go.th/'), []));
    expect(fields.sd?.scope).toBe('other');
    expect([fields.d?.type, fields.d?.scope]).toEqual(['district', 'subject']);
    expect(fields.n?.type).toBeNull();
    expect(fields.p?.type ?? null).toBeNull();
  });

  it('ID boxes captioned "ชุดที่ n" or "check digit" are one ID; short birth lists are the parts their options say', () => {
    document.body.innerHTML =
      '<form><div>เลขบัตรประชาชน <input name="a" maxlength="4" aria-label="เลขบัตร ชุดที่ 1"> ' +
      '<input name="b" maxlength="4" aria-label="เลขบัตร ชุดที่ 2"> <input name="c" maxlength="5" aria-label="เลขบัตร ชุดที่ 3"></div>' +
      '<p>National ID <input name="m" maxlength="12"> - <input name="k" maxlength="1" aria-label="Check digit"></p>' +
      '<p><select name="d" aria-label="วันเกิด"><option value="">วัน</option><option>1</option><option>2</option><option>31</option></select>' +
      '<select name="mo" aria-label="เดือนเกิด"><option value="">เดือน</option><option>มกราคม</option><option>ธันวาคม</option></select>' +
      '<select name="y" aria-label="ปีเกิด (พ.ศ.)"><option value="">พ.ศ.</option><option>2520</option><option>2530</option></select></p></form>';
    const fields = byName(detectFields(document, new URL('https://example.go.th/'), []));
    expect(['a', 'b', 'c', 'm', 'k'].map((n) => [fields[n]?.type, fields[n]?.part])).toEqual([
      ['citizenId', 0],
      ['citizenId', 1],
      ['citizenId', 2],
      ['citizenId', 0],
      ['citizenId', 1],
    ]);
    expect(['d', 'mo', 'y'].map((n) => fields[n]?.type)).toEqual(['birthDay', 'birthMonth', 'birthYear']);
  });

  it('an example placeholder is no label, a description names a box with no other caption, shown data is not filled', () => {
    document.body.innerHTML =
      '<form><p>ทำที่ <input name="m" placeholder="เช่น ที่ว่าการอำเภอเมืองลำปาง"></p>' +
      '<div><span id="k1">เลขประจำตัวประชาชน</span><input name="c" aria-describedby="k1"></div>' +
      '<div><span id="k2">โทรศัพท์มือถือ</span><input name="o" value="081-234-5678" readonly aria-describedby="k2"></div>' +
      '<div class="form-group">ที่ตั้งวิสาหกิจชุมชน เลขที่ <input name="n"> หมู่ <input name="mo"> จังหวัด <input name="p"></div></form>';
    const fields = byName(detectFields(document, new URL('https://example.go.th/'), []));
    expect(fields.m?.type).toBeNull();
    expect([fields.c?.type, fields.c?.scope]).toEqual(['citizenId', 'subject']);
    // (the page's only mobile box, shown read-only: his, but never overwritten — fill-plan.ts, run-fill.test.ts)
    expect([fields.o?.type, fields.o?.scope]).toEqual(['mobile', 'subject']);
    expect([fields.mo?.scope, fields.p?.scope]).toEqual(['other', 'other']);
  });

  it('a role nobody listed after the holder’s own identity is someone else; a row caption says whose its boxes are', () => {
    document.body.innerHTML =
      '<form><p><b>ส่วนที่ 1 เจ้าของเรือ</b></p><table><tr><td>เลขประจำตัวประชาชน</td><td><input name="a"></td></tr>' +
      '<tr><td>ชื่อ-นามสกุล</td><td><input name="b"></td></tr></table>' +
      '<p><b>ส่วนที่ 3 ผู้ควบคุมเรือ</b></p><table><tr><td>ชื่อ-นามสกุล</td><td><input name="c"></td></tr></table>' +
      '<table><tr><td>ผู้มีสิทธิรับเงินค่าทำศพ</td><td><input name="d"> เลขประจำตัวประชาชน <input name="e"></td></tr></table></form>';
    const fields = byName(detectFields(document, new URL('https://example.go.th/'), []));
    expect([fields.a?.scope, fields.b?.scope]).toEqual(['subject', 'subject']);
    expect([fields.c?.type, fields.c?.scope]).toEqual(['fullName', 'other']);
    expect([fields.e?.type, fields.e?.scope]).toEqual(['citizenId', 'other']);
  });
});
