import { describe, expect, it } from 'vitest';
import { letterNumberProblem, parseLetterNumber } from './letter-number';

describe('official letter numbers', () => {
  it.each([
    ['มท ๐๘๐๙.๓/ว ๒๐๒๙', { agency: 'มท', code: '0809.3', series: 'ว', running: '2029' }],
    ['มท 0809.3/ว 2029', { agency: 'มท', code: '0809.3', series: 'ว', running: '2029' }],
    ['ที่ ชย ๐๐๒๓.๓ / ๕๗๖', { agency: 'ชย', code: '0023.3', series: '', running: '576' }],
    ['มท ๐๘๐๖/ จ ๒๕', { agency: 'มท', code: '0806', series: 'จ', running: '25' }],
    ['ชย ๗๓๓๐๑/๑๒๓', { agency: 'ชย', code: '73301', series: '', running: '123' }],
    ['มท๐๘๐๖/ว๒๕', { agency: 'มท', code: '0806', series: 'ว', running: '25' }],
    ['  มท  ๐๔๐๖/ว  ๒๕ ', { agency: 'มท', code: '0406', series: 'ว', running: '25' }],
  ])('reads %j', (text, parsed) => {
    expect(parseLetterNumber(text)).toEqual(parsed);
    expect(letterNumberProblem(text)).toBeNull();
  });

  it.each(['', '123/2568', 'มท/ว 25', 'มท 0806', 'MT 0806/25', 'มท ๐๘๐๖/ว', 'ว 2029'])(
    'refuses %j',
    (text) => {
      expect(letterNumberProblem(text)).toBe('LETTER_NO_INVALID');
    },
  );
});
