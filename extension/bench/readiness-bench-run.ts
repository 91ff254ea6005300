import { runChecklist } from '../../shared/readiness/checklist';
import { DEFAULT_READINESS_RULES } from '../../shared/readiness/default-rules';
import { parseRegisterLeniently } from '../../shared/readiness/lenient-register';
import { toReadinessReport } from '../../shared/readiness/report-from-checklist';
import { buildReportModel } from '../report/report-model';

/**
 * One check of a whole register as the extension does it, from the stored JSON to the panel's model and the synced
 * report: parse every record, run every rule, count, build both outputs. Returns milliseconds per round.
 */
export function benchReadiness(registerJson: string, rounds: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    const { people } = parseRegisterLeniently(JSON.parse(registerJson));
    const checklist = runChecklist({
      people,
      rules: DEFAULT_READINESS_RULES,
      plan: { 'civil-servant': 400 },
      today: '2026-07-20',
    });
    toReadinessReport(checklist, { orgCode: '6501402', generatedAt: '2026-07-20T02:00:00.000Z' });
    buildReportModel(checklist, people, 'อบต.');
    times.push(performance.now() - t0);
  }
  return times;
}
