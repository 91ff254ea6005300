import type { ReadinessView } from '../../../shared/protocol/readiness-messages';
import { runChecklist } from '../../../shared/readiness/checklist';
import { effectiveRules } from '../../../shared/readiness/effective-rules';
import { ManpowerPlan } from '../../../shared/readiness/manpower-plan';
import type { ReadinessReport } from '../../../shared/readiness/readiness-report';
import {
  certifiedCopy,
  LATEST_REPORT_ID,
  toReadinessReport,
} from '../../../shared/readiness/report-from-checklist';
import { PersonRecord } from '../../../shared/register/person-record';
import type { LocalRecord } from '../../../shared/sync/sync-engine';
import { buildReportModel } from '../../report/report-model';
import type { DexieSyncStore } from '../sync/sync-db';

/** The sync service's part the checklist writes through: reports and the plan are pushed like any edit. */
export interface ReadinessSync {
  edit(collection: 'readiness' | 'plans', id: string, data: Record<string, unknown>): Promise<void>;
}

/** Kept outside the vault (extension-private storage.local): only a time, so it survives browser restarts. */
export interface AckStore {
  get(): Promise<string | null>;
  set(at: string | null): Promise<void>;
}

export const PLAN_ID = 'plan';

/** Today in Thailand (UTC+7) as an ISO date: the certification deadline is a Thai calendar day. */
export function thaiToday(now: Date): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/**
 * The whole-register certification checklist in the background: computed from the officer's register (vault), the
 * synced rules and manpower plan. Each computation pushes `readiness/latest` (counts and codes only) for the
 * province; a register change recomputes it after a quiet moment so the province sees it without a guard click.
 */
export class ReadinessService {
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly store: Pick<DexieSyncStore, 'list' | 'get' | 'onPut'>,
    private readonly sync: ReadinessSync,
    private readonly orgCode: () => Promise<string | null>,
    private readonly ack: AckStore,
    private readonly now: () => Date = () => new Date(),
    private readonly debounceMs = 5000,
  ) {
    store.onPut((records) => this.follow(records));
  }

  async plan(): Promise<ManpowerPlan> {
    const record = await this.store.get('plans', PLAN_ID);
    const parsed = ManpowerPlan.safeParse(record?.data ?? {});
    return parsed.success ? parsed.data : {};
  }

  async setPlan(plan: ManpowerPlan): Promise<ManpowerPlan> {
    await this.sync.edit('plans', PLAN_ID, plan);
    return plan;
  }

  /** The checklist now, as the guard and the report page show it; pushes the synced report on the way. */
  async check(): Promise<ReadinessView> {
    const { view } = await this.compute();
    return view;
  }

  /** "Certify anyway" ticked at the guard: kept locally and synced as a frozen copy with `certifiedAnyway`. */
  async acknowledge(): Promise<ReadinessView> {
    const at = this.now().toISOString();
    const { view, report } = await this.compute();
    await this.ack.set(at);
    if (report)
      await this.sync.edit('readiness', `acknowledged-${at}`, {
        ...report,
        certifiedAt: null,
        certifiedAnyway: true,
      });
    return { ...view, acknowledgedAt: at };
  }

  /** The site showed that "รับรองระดับ อปท." happened: the checklist as it stood, frozen once per certification. */
  async certified(at: string): Promise<void> {
    const { report } = await this.compute();
    if (!report) return;
    const copy = certifiedCopy(report, at);
    if (await this.store.get('readiness', copy.id)) return;
    const acknowledged = (await this.ack.get()) !== null;
    await this.sync.edit('readiness', copy.id, {
      ...copy.report,
      certifiedAnyway: copy.report.certifiedAnyway || acknowledged,
    });
    await this.ack.set(null);
  }

  private async compute(): Promise<{ view: ReadinessView; report: ReadinessReport | null }> {
    const people: PersonRecord[] = [];
    for (const r of await this.store.list('people')) {
      const parsed = r.data ? PersonRecord.safeParse(r.data) : null;
      if (parsed?.success) people.push(parsed.data);
    }
    const rules = effectiveRules((await this.store.get('rules', 'readiness'))?.data);
    const plan = await this.plan();
    const now = this.now();
    const checklist = runChecklist({ people, rules, plan, today: thaiToday(now) });
    const orgCode = await this.orgCode();
    const model = buildReportModel(checklist, people, orgCode ? `อปท. รหัส ${orgCode}` : 'อปท.');
    let report: ReadinessReport | null = null;
    if (orgCode && /^\d{7}$/.test(orgCode)) {
      report = toReadinessReport(checklist, { orgCode, generatedAt: now.toISOString() });
      await this.sync.edit('readiness', LATEST_REPORT_ID, report);
    }
    return { view: { model, plan, acknowledgedAt: await this.ack.get() }, report };
  }

  /** Register or plan changes (saves, imports, pulls) recompute the synced report after a quiet moment. */
  private follow(records: LocalRecord[]): void {
    if (!records.some((r) => r.collection === 'people' || r.collection === 'plans')) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.compute().catch(() => {});
    }, this.debounceMs);
  }
}
