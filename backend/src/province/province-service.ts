import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { AppError } from '../../../shared/errors';
import type {
  LetterTemplate,
  OrgDetailResponse,
  OrgListQuery,
  OrgListResponse,
  OrgSummary,
  ProgressResponse,
  SpotCheckDrawsResponse,
  SpotCheckResponse,
} from '../../../shared/protocol/province';
import { ReadinessReport } from '../../../shared/readiness/readiness-report';
import type { Caller } from '../auth/tokens';
import type { DB } from '../db/schema';
import { toCsv, toXlsx } from './export';
import { loadTemplate, saveTemplate } from './letter-template';
import { selectOrgs } from './org-list';
import { loadProgress, progressByDay } from './progress';
import { loadHistory, loadLatestReport, loadOrgs, loadPeople } from './province-queries';
import { provinceScope } from './province-scope';
import { spotCheck } from './spot-check';
import { loadDraws, recordDraw } from './spot-check-draws';
import { warningLetters } from './warning-letter';

const OVERDUE = new Set<OrgSummary['status']>(['behind', 'no-report']);

/** What the API and the pages both do, each call checked against the caller's scope first. */
export class ProvinceService {
  constructor(
    private readonly db: Kysely<DB>,
    readonly now: () => Date,
  ) {}

  async list(caller: Caller, query: OrgListQuery): Promise<OrgListResponse> {
    return {
      ...selectOrgs(await this.all(caller, query.province), query),
      generatedAt: this.now().toISOString(),
    };
  }

  /** Every อปท. of the caller's scope (or the requested province), unsorted. */
  async all(caller: Caller, requested?: string): Promise<OrgSummary[]> {
    return loadOrgs(this.db, { province: provinceScope(caller, requested) }, this.now());
  }

  /** One อปท. the caller may see; 404 when it does not exist, 403 when it is another province's. */
  async org(caller: Caller, code: string): Promise<OrgSummary> {
    const province = provinceScope(caller);
    const [org] = await loadOrgs(this.db, { province: null, org: code }, this.now());
    if (!org) throw new AppError('NOT_FOUND', 'ไม่พบ อปท. (no such อปท.)');
    if (province !== null && org.provinceCode !== province)
      throw new AppError('FORBIDDEN', 'อปท. นี้ไม่อยู่ในจังหวัดของท่าน (this อปท. is not in your province)');
    return org;
  }

  async detail(caller: Caller, code: string): Promise<OrgDetailResponse> {
    const org = await this.org(caller, code);
    const [latest, history] = await Promise.all([
      loadLatestReport(this.db, code),
      loadHistory(this.db, { province: null, org: code }),
    ]);
    const parsed = latest ? ReadinessReport.safeParse(JSON.parse(latest)) : null;
    const report = parsed?.success ? parsed.data : null;
    return {
      org,
      report: report && {
        generatedAt: report.generatedAt,
        fiscalYear: report.fiscalYear,
        rulesVersion: report.rulesVersion,
        counts: report.counts,
        findings: report.findings,
      },
      history: history.reverse().map((h) => ({
        recordId: h.record_id,
        at: h.generated_at,
        peopleTotal: h.people_total,
        peopleComplete: h.people_complete,
        certifiedAt: h.certified_at,
      })),
    };
  }

  /** Draws the list and records the draw (seed and size only), so the LHR page can show that one was drawn. */
  async spotCheck(caller: Caller, code: string, seed: string, n: number): Promise<SpotCheckResponse> {
    await this.org(caller, code);
    const list = spotCheck(code, await loadPeople(this.db, code), seed, n);
    await recordDraw(this.db, {
      orgCode: code,
      seed,
      n,
      population: list.population,
      drawnAt: this.now().toISOString(),
      drawnBy: caller.userId,
    });
    return list;
  }

  async spotCheckDraws(caller: Caller, code: string): Promise<SpotCheckDrawsResponse> {
    await this.org(caller, code);
    return { orgCode: code, draws: await loadDraws(this.db, code) };
  }

  async progress(caller: Caller, requested?: string): Promise<ProgressResponse> {
    const province = provinceScope(caller, requested);
    const { deltas, certified } = await loadProgress(this.db, province);
    return progressByDay(deltas, certified, this.now());
  }

  async overdue(caller: Caller, requested?: string): Promise<OrgSummary[]> {
    const province = provinceScope(caller, requested);
    const all = await loadOrgs(this.db, { province }, this.now());
    return selectOrgs(
      all.filter((o) => OVERDUE.has(o.status)),
      { sort: 'daysLeft', dir: 'asc', offset: 0, limit: 10_000 },
    ).orgs;
  }

  async export(caller: Caller, query: OrgListQuery, format: 'csv' | 'xlsx'): Promise<Buffer> {
    const { orgs } = await this.list(caller, { ...query, offset: 0, limit: 10_000 });
    return format === 'csv' ? toCsv(orgs) : toXlsx(orgs);
  }

  /** Letters for the chosen อปท. (default: every overdue one in scope), each from its province's template. */
  async letters(caller: Caller, codes: string[], requested?: string): Promise<Buffer> {
    const orgs = codes.length
      ? await Promise.all(codes.map((code) => this.org(caller, code)))
      : await this.overdue(caller, requested);
    if (orgs.length === 0) throw new AppError('NOT_FOUND', 'ไม่มี อปท. ที่ต้องแจ้งเตือน (no อปท. to warn)');
    const provinces = [...new Set(orgs.map((o) => o.provinceCode))];
    if (provinces.length !== 1)
      throw new AppError('INVALID_MESSAGE', 'เลือก อปท. ทีละจังหวัด (choose อปท. of one province at a time)');
    return warningLetters(await loadTemplate(this.db, provinces[0] as string), orgs, this.now());
  }

  template(caller: Caller, requested?: string): Promise<LetterTemplate> {
    return loadTemplate(this.db, this.templateProvince(caller, requested));
  }

  async saveTemplate(caller: Caller, template: LetterTemplate, requested?: string): Promise<void> {
    await saveTemplate(
      this.db,
      this.templateProvince(caller, requested),
      template,
      caller.userId,
      this.now(),
    );
  }

  private templateProvince(caller: Caller, requested?: string): string {
    const province = provinceScope(caller, requested);
    if (!province) throw new AppError('INVALID_MESSAGE', 'ระบุจังหวัด (province is required)');
    return province;
  }
}

/** A fresh spot-check seed: short, typeable, printed on the list so another officer can draw the same one. */
export function newSeed(): string {
  return randomBytes(5).toString('hex');
}
