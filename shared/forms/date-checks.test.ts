import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiToThaiDigits } from '../thai/digits';
import { dateNotFutureProblem } from './date-checks';

const today = { year: 2569, month: 12, day: 2 };

describe('dateNotFutureProblem (หนังสือลงวันที่)', () => {
  it.each([
    ['2/12/2569', null],
    ['๒ ธ.ค. ๒๕๖๙', null],
    ['1 ธันวาคม 2569', null],
    ['3/12/2569', 'DATE_FUTURE'],
    ['มกราคม 2570', 'DATE_FUTURE'],
    ['ธ.ค. 2569', null],
    ['2569', null],
    ['2570', 'DATE_FUTURE'],
    ['31/2/2569', 'DATE_INVALID'],
    ['2/12/2026', 'DATE_INVALID'],
    ['', 'DATE_INVALID'],
  ])('%j → %s', (text, code) => {
    expect(dateNotFutureProblem(text, today)).toBe(code);
  });

  it('Thai and ASCII digits give the same answer (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 2560, max: 2575 }),
        (d, m, y) => {
          const text = `${d}/${m}/${y}`;
          expect(dateNotFutureProblem(asciiToThaiDigits(text), today)).toBe(
            dateNotFutureProblem(text, today),
          );
        },
      ),
      { seed: 4242, verbose: true },
    );
  });
});
