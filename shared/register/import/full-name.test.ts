import { describe, expect, it } from 'vitest';
import { splitFullName, splitTitle } from './full-name';

describe('splitFullName', () => {
  it.each([
    ['นายสมชาย ใจดี', { title: 'นาย', first: 'สมชาย', middle: '', last: 'ใจดี' }],
    ['นาย สมชาย  ใจดี', { title: 'นาย', first: 'สมชาย', middle: '', last: 'ใจดี' }],
    ['น.ส.สมศรี มีสุข', { title: 'นางสาว', first: 'สมศรี', middle: '', last: 'มีสุข' }],
    ['นางสาวิตรี มีสุข', { title: 'นาง', first: 'สาวิตรี', middle: '', last: 'มีสุข' }],
    ['ว่าที่ ร.ต.หญิง สุดา ทองดี', { title: 'ว่าที่ร้อยตรีหญิง', first: 'สุดา', middle: '', last: 'ทองดี' }],
    ['สมชาย ใจดี', { title: '', first: 'สมชาย', middle: '', last: 'ใจดี' }],
    ['นายจอห์น ปีเตอร์ สมิธ', { title: 'นาย', first: 'จอห์น', middle: 'ปีเตอร์', last: 'สมิธ' }],
  ])('%s', (text, expected) => {
    expect(splitFullName(text)).toEqual(expected);
  });

  it('never takes the whole text as a title', () => {
    expect(splitTitle('นาย')).toEqual({ title: '', rest: 'นาย' });
  });
});
