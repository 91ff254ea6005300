import { beforeEach, describe, expect, it } from 'vitest';
import type { FillPerson } from '../../../shared/fields/fill-person';
import { detectFields } from '../detect/detect-fields';
import { planFill } from './fill-plan';
import { runFill } from './run-fill';

const person: FillPerson = {
  source: 'card',
  citizenId: '1101700207030',
  name: {
    th: { title: 'นางสาว', first: 'มาลี', middle: '', last: 'ใจดี' },
    en: { title: 'Miss', first: 'Malee', middle: '', last: 'Jaidee' },
  },
  birthDate: { year: 2530, month: 1, day: 15 },
  sex: 'female',
  issuer: '',
  issueDate: null,
  expiryDate: 'lifelong',
  address: {
    houseNo: '1',
    moo: '2',
    soi: '',
    road: '',
    subdistrict: 'ศรีภูมิ',
    district: 'เมืองเชียงใหม่',
    province: 'เชียงใหม่',
    raw: '',
  },
  postcode: '50200',
  postcodeCandidates: ['50200'],
  phone: '',
  mobile: '',
  email: '',
};

function form(html: string) {
  document.body.innerHTML = `<form><table>${html}</table></form>`;
  return detectFields(document, new URL('https://lhr.dla.go.th/x.aspx'), []);
}

describe('fill engine', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('never overwrites a read-only box that shows a stored value; an empty read-only one is filled', () => {
    const fields = form(`
      <tr><td>เลขประจำตัวประชาชน</td><td><input name="hd" readonly value="3100600123450"></td></tr>
      <tr><td>ชื่อ-นามสกุล</td><td><input name="nm" readonly></td></tr>`);
    const planned = planFill(fields, person).steps.map((s) => s.field.element.getAttribute('name'));
    expect(planned).toEqual(['nm']);
  });

  it('fills text and selects by option text (น.ส. for นางสาว, อ. prefixes) with input and change events', async () => {
    const fields = form(`
      <tr><td>คำนำหน้าชื่อ</td><td><select name="p"><option value="">-- เลือก --</option><option value="1">นาย</option><option value="3">น.ส.</option></select></td></tr>
      <tr><td>ชื่อ</td><td><input name="f"></td></tr>
      <tr><td>อำเภอ</td><td><select name="a"><option value="">--</option><option value="5001">อ.เมืองเชียงใหม่</option></select></td></tr>`);
    const events: string[] = [];
    document.body.addEventListener('input', () => events.push('input'));
    document.body.addEventListener('change', () => events.push('change'));
    const { steps } = planFill(fields, person);
    const result = await runFill(steps, { overwrite: false, recheckMs: 10 });
    expect(result.outcomes.map((o) => o.status)).toEqual(['filled', 'filled', 'filled']);
    expect((document.querySelector('[name=p]') as HTMLSelectElement).value).toBe('3');
    expect((document.querySelector('[name=f]') as HTMLInputElement).value).toBe('มาลี');
    expect((document.querySelector('[name=a]') as HTMLSelectElement).value).toBe('5001');
    expect(events.filter((e) => e === 'change')).toHaveLength(3);
  });

  it('reports a value the page clears afterwards as notSticky', async () => {
    const fields = form('<tr><td>นามสกุล</td><td><input name="l"></td></tr>');
    const input = document.querySelector('[name=l]') as HTMLInputElement;
    input.addEventListener('change', () => setTimeout(() => (input.value = ''), 20));
    const result = await runFill(planFill(fields, person).steps, { overwrite: false, recheckMs: 60 });
    expect(result.outcomes[0]).toMatchObject({ status: 'failed', reason: 'notSticky' });
  });

  it('leaves a value the officer typed unless overwrite is chosen, and undo restores everything', async () => {
    const fields = form(
      '<tr><td>ชื่อ</td><td><input name="f" value="พิมพ์เอง"></td></tr><tr><td>นามสกุล</td><td><input name="l"></td></tr>',
    );
    const first = await runFill(planFill(fields, person).steps, { overwrite: false, recheckMs: 1 });
    expect(first.outcomes.map((o) => o.reason ?? o.status)).toEqual(['userValue', 'filled']);
    const second = await runFill(planFill(fields, person).steps, { overwrite: true, recheckMs: 1 });
    expect((document.querySelector('[name=f]') as HTMLInputElement).value).toBe('มาลี');
    second.undo();
    expect((document.querySelector('[name=f]') as HTMLInputElement).value).toBe('พิมพ์เอง');
  });

  it('gives up on a dependent select whose options never load', async () => {
    document.body.innerHTML = '<select name="t" disabled><option value="">--</option></select>';
    const [field] = detectFields(document, new URL('https://x.dla.go.th/'), []);
    if (!field) throw new Error('no field');
    const step = {
      field: {
        ...field,
        type: 'subdistrict' as const,
        scope: 'subject' as const,
        confidence: 1,
        dependsOn: 'district' as const,
      },
      value: { text: 'ศรีภูมิ', alternatives: [] },
      current: '',
    };
    const result = await runFill([step], { overwrite: false, dependencyTimeoutMs: 100, recheckMs: 1 });
    expect(result.outcomes[0]).toMatchObject({ status: 'failed', reason: 'dependencyTimeout' });
  });

  it('never submits the form', async () => {
    const fields = form(
      '<tr><td>ชื่อ</td><td><input name="f"></td></tr><tr><td><input type="submit" value="บันทึก"></td></tr>',
    );
    let submitted = false;
    document.querySelector('form')?.addEventListener('submit', (e) => {
      submitted = true;
      e.preventDefault();
    });
    await runFill(planFill(fields, person).steps, { overwrite: false, recheckMs: 1 });
    expect(submitted).toBe(false);
  });

  it('does not plan partial dates into dd/mm/yyyy fields and says what the card has', () => {
    const fields = form('<tr><td>วันเดือนปีเกิด</td><td><input name="b" placeholder="วว/ดด/ปปปป"></td></tr>');
    const plan = planFill(fields, { ...person, birthDate: { year: 2530, month: 10, day: null } });
    expect(plan.steps).toEqual([]);
    expect(plan.missing.map((m) => m.hint)).toEqual(['ต.ค. 2530']);
  });
});

describe('close calls', () => {
  it('a label that fits two types is never filled on a guess; the officer’s answer makes it a normal step', () => {
    const fields = form(
      '<tr><td>จังหวัด/อำเภอ</td><td><input name="pa"></td></tr><tr><td>ชื่อ</td><td><input name="f"></td></tr>',
    );
    const ambiguous = fields.find((f) => f.element.getAttribute('name') === 'pa');
    expect(ambiguous?.alternatives?.sort()).toEqual(['district', 'province']);
    const plan = planFill(fields, person);
    expect(plan.steps.map((s) => s.field.type)).toEqual(['firstName']);
    expect(plan.questions.map((q) => q.options.map((o) => `${o.type}=${o.text}`).sort())).toEqual([
      ['district=เมืองเชียงใหม่', 'province=เชียงใหม่'],
    ]);
    const answered = planFill(fields, person, new Map([[ambiguous?.index ?? -1, 'province' as const]]));
    expect(answered.steps.map((s) => `${s.field.type}=${s.value.text}`)).toEqual([
      'province=เชียงใหม่',
      'firstName=มาลี',
    ]);
    expect(answered.questions).toEqual([]);
  });
});
