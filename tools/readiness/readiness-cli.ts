// npm run -s readiness -- --register <register.json> [--plan <plan.json>] [--rules <rules.json>] [--today YYYY-MM-DD]
//   [--json] [--html report.html] [--docx report.docx] [--org "อบต.…"]
// The certification checklist over a whole register, on the same engine as the extension. --json prints
// {"counts":[…],"people":[…],"findings":[…],…}; without it, a short Thai/English summary. --html and --docx also write
// the printable report (A4, Sarabun embedded) and its editable Word copy.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { planFromSpreadsheet } from '../../extension/report/plan-file';
import { reportDocxBytes } from '../../extension/report/report-docx';
import { renderReportHtml } from '../../extension/report/report-html';
import { buildReportModel } from '../../extension/report/report-model';
import { AppError } from '../../shared/errors';
import { runChecklist } from '../../shared/readiness/checklist';
import { parseIsoDate } from '../../shared/readiness/day-number';
import { effectiveRules } from '../../shared/readiness/effective-rules';
import { parseRegisterLeniently } from '../../shared/readiness/lenient-register';
import { ManpowerPlan } from '../../shared/readiness/manpower-plan';
import { ReadinessRules } from '../../shared/readiness/readiness-rules';
import { fiscalYearOf } from '../../shared/thai/fiscal-year';
import { nodeReportFonts } from './node-fonts';
import { summaryText } from './summary-text';

const USAGE =
  'usage: npm run -s readiness -- --register <register.json> [--plan <plan.json|.xlsx|.csv>] [--rules <rules.json>] [--today YYYY-MM-DD] [--json] [--html FILE] [--docx FILE] [--org NAME]\n';

/** Today in Thailand (UTC+7, no daylight saving), as the officer's calendar shows it. */
const bangkokToday = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

function readJson(path: string, what: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const why = error instanceof SyntaxError ? 'not JSON' : 'cannot read';
    throw new AppError('INVALID_MESSAGE', `readiness: ${what} ${path}: ${why}`);
  }
}

/** JSON `{"<staffType>": n}`, or a spreadsheet summary of the แผนอัตรากำลังสามปี (this fiscal year's column). */
function readPlan(path: string, today: string): unknown {
  if (!/\.(xlsx|xls|ods|csv)$/i.test(path)) return readJson(path, 'plan');
  const day = parseIsoDate(today);
  try {
    return planFromSpreadsheet(readFileSync(path), day ? (fiscalYearOf(day) ?? undefined) : undefined).plan;
  } catch {
    throw new AppError('INVALID_MESSAGE', `readiness: plan ${path}: cannot read the spreadsheet`);
  }
}

async function main(): Promise<number> {
  let values: {
    register?: string;
    plan?: string;
    rules?: string;
    today?: string;
    json?: boolean;
    html?: string;
    docx?: string;
    org?: string;
  };
  try {
    ({ values } = parseArgs({
      options: {
        register: { type: 'string' },
        plan: { type: 'string' },
        rules: { type: 'string' },
        today: { type: 'string' },
        json: { type: 'boolean', default: false },
        html: { type: 'string' },
        docx: { type: 'string' },
        org: { type: 'string', default: '' },
      },
    }));
  } catch {
    process.stderr.write(USAGE);
    return 2;
  }
  if (!values.register) {
    process.stderr.write(USAGE);
    return 2;
  }
  try {
    const register = parseRegisterLeniently(readJson(values.register, 'register'));
    const today = values.today ?? bangkokToday();
    const plan = values.plan ? ManpowerPlan.safeParse(readPlan(values.plan, today)) : null;
    if (plan && !plan.success) {
      throw new AppError(
        'INVALID_MESSAGE',
        'readiness: plan must be {"<staffType>": count, …} with the five staff types',
      );
    }
    let rules = effectiveRules(null);
    if (values.rules) {
      const parsed = ReadinessRules.safeParse(readJson(values.rules, 'rules'));
      if (!parsed.success)
        throw new AppError('INVALID_MESSAGE', 'readiness: the rules file does not fit the rules schema');
      rules = parsed.data;
    }
    const checklist = runChecklist({
      people: register.people,
      rules,
      plan: plan?.data ?? {},
      today,
    });
    const out = {
      rulesVersion: checklist.rulesVersion,
      today: checklist.today,
      fiscalYear: checklist.fiscalYear,
      counts: checklist.counts,
      people: checklist.people.map((p) => ({
        citizenId: p.citizenId,
        staffType: p.staffType,
        active: p.active,
        complete: p.complete,
        codes: [...new Set(p.findings.map((f) => f.code))],
      })),
      findings: checklist.findings,
      peopleTotal: checklist.peopleTotal,
      peopleComplete: checklist.peopleComplete,
      deadline: checklist.deadline,
      lpaScore: checklist.lpaScore,
      rejected: register.rejected,
      repaired: register.repaired,
    };
    if (values.html || values.docx) {
      const model = buildReportModel(checklist, register.people, values.org ?? '');
      if (values.html) writeFileSync(values.html, renderReportHtml(model, nodeReportFonts()));
      if (values.docx) writeFileSync(values.docx, await reportDocxBytes(model));
    }
    process.stdout.write(values.json ? `${JSON.stringify(out)}\n` : summaryText(checklist, register));
    return 0;
  } catch (error) {
    process.stderr.write(`${error instanceof AppError ? error.message : 'readiness: unexpected error'}\n`);
    return 1;
  }
}

process.exitCode = await main();
