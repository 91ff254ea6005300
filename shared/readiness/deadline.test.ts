import { describe, expect, it } from 'vitest';
import { dayNumber, parseIsoDate } from './day-number';
import { deadlineOn } from './deadline';
import { DEFAULT_READINESS_RULES as rules } from './default-rules';
import { ReadinessRules } from './readiness-rules';

const on = (iso: string) => {
  const d = parseIsoDate(iso);
  if (!d) throw new Error(iso);
  return deadlineOn(rules, dayNumber(d.year, d.month, d.day));
};

describe('certification window and days left', () => {
  it('ships rules that pass their own schema, with every window a real range', () => {
    expect(ReadinessRules.parse(rules)).toEqual(rules);
    for (const w of rules.windows) {
      expect(parseIsoDate(w.start)).not.toBeNull();
      expect(w.start <= w.end).toBe(true);
    }
  });

  it('uses the window a letter announced while it is open (มท 0809.3/ว 2095: 31 ก.ค. 2562)', () => {
    expect(on('2019-07-01')).toMatchObject({ end: '2019-07-31', daysLeft: 30, estimated: false });
    expect(on('2019-07-31')).toMatchObject({ end: '2019-07-31', daysLeft: 0, estimated: false });
    expect(on('2017-03-01')).toMatchObject({ end: '2017-03-25', daysLeft: 24, estimated: false });
  });

  it('falls back to the yearly pattern, this year or next, marked as an estimate', () => {
    expect(on('2019-08-01')).toMatchObject({ end: '2020-07-31', daysLeft: 365, estimated: true });
    expect(on('2026-07-20')).toMatchObject({
      start: '2026-06-01',
      end: '2026-07-31',
      daysLeft: 11,
      estimated: true,
    });
    expect(on('2026-08-01')).toMatchObject({ end: '2027-07-31', estimated: true });
    // 2028 is a leap year: 29 Feb adds a day
    expect(on('2028-02-28')?.daysLeft).toBe(154);
  });

  it('gives no deadline when the rules have no window ahead and no pattern', () => {
    const d = parseIsoDate('2026-07-20');
    if (!d) throw new Error('date');
    expect(deadlineOn({ ...rules, estimatedWindow: null }, dayNumber(d.year, d.month, d.day))).toBeNull();
  });
});

describe('rules served by the backend', () => {
  it('are used when they parse, else the bundled ones', async () => {
    const { effectiveRules } = await import('./effective-rules');
    const served = {
      ...rules,
      version: '2570.1',
      windows: [{ start: '2026-06-01', end: '2026-07-15', source: 'ว 1' }],
    };
    expect(effectiveRules(served).version).toBe('2570.1');
    expect(
      effectiveRules({ ...served, windows: [{ start: '2026-07-16', end: '2026-07-15', source: 'x' }] }),
    ).toBe(rules);
    expect(effectiveRules({ ...served, estimatedWindow: { start: '02-29', end: '07-31', basis: '' } })).toBe(
      rules,
    );
    expect(effectiveRules({ ...served, schemaVersion: 2 })).toBe(rules);
    expect(effectiveRules(null)).toBe(rules);
  });
});
