import { dayNumber, isoFromDayNumber, parseIsoDate } from './day-number';
import type { ReadinessRules } from './readiness-rules';

/** The certification window the อปท. is working towards on a given day. */
export interface DeadlineStatus {
  /** ISO dates (CE) */
  start: string;
  end: string;
  /** days from today to `end`: 0 on the last day, negative never (a past window is not chosen) */
  daysLeft: number;
  /** true when no letter has announced this year's window yet and the yearly pattern stands in */
  estimated: boolean;
  source: string;
}

const day = (iso: string): number => {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError('rules hold an impossible date');
  return dayNumber(d.year, d.month, d.day);
};

/**
 * The first announced window that has not ended on `today`; without one, this year's estimated window, or next
 * year's when this year's is over; null when the rules give neither.
 */
export function deadlineOn(rules: ReadinessRules, todayDay: number): DeadlineStatus | null {
  const ahead = rules.windows
    .map((w) => ({ ...w, endDay: day(w.end) }))
    .filter((w) => w.endDay >= todayDay)
    .sort((a, b) => a.endDay - b.endDay)[0];
  if (ahead) {
    return {
      start: ahead.start,
      end: ahead.end,
      daysLeft: ahead.endDay - todayDay,
      estimated: false,
      source: ahead.source,
    };
  }
  const est = rules.estimatedWindow;
  if (!est) return null;
  const year = Number(isoFromDayNumber(todayDay).slice(0, 4));
  for (const y of [year, year + 1]) {
    const endDay = day(`${y}-${est.end}`);
    if (endDay >= todayDay) {
      return {
        start: `${y}-${est.start}`,
        end: `${y}-${est.end}`,
        daysLeft: endDay - todayDay,
        estimated: true,
        source: est.basis,
      };
    }
  }
  return null;
}
