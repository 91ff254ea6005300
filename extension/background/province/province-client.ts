import { AppError } from '../../../shared/errors';
import {
  OrgDetailResponse,
  OrgListResponse,
  type OrgSummary,
  SpotCheckDrawsResponse,
} from '../../../shared/protocol/province';
import type { ProvinceOrgReadiness, ProvinceOrgReply } from '../../../shared/protocol/province-messages';
import { backendJson } from '../../../shared/sync/backend-fetch';
import type { BackendSession } from '../sync/backend-session';

type Session = Pick<BackendSession, 'baseUrl' | 'accessToken'>;

/** An อปท. outside the caller's scope (or an officer's login) is not an error on the LHR page: it shows nothing. */
function outOfScope(error: unknown): boolean {
  return error instanceof AppError && (error.code === 'FORBIDDEN' || error.code === 'NOT_FOUND');
}

export function readinessOf(org: OrgSummary): ProvinceOrgReadiness {
  return {
    code: org.code,
    counts: org.counts.map((c) => ({ staffType: c.staffType, recorded: c.recorded })),
    completeness: org.completeness,
    openItems: Object.values(org.openItems).reduce((a, b) => a + b, 0),
    lpaProjection: org.lpaProjection,
    certifiedAt: org.certifiedAt,
    certifiedAnyway: org.certifiedAnyway,
    status: org.status,
  };
}

/**
 * The background's side of the LHR province pages: the province API (docs/province.md) with the logged-in
 * supervisor's access token. Answers are parsed here, so the content script gets checked counts and codes only.
 */
export class ProvinceClient {
  constructor(
    private readonly session: Session,
    private readonly fetchImpl?: typeof fetch,
  ) {}

  private async get(path: string): Promise<unknown> {
    const base = await this.session.baseUrl();
    if (!base)
      throw new AppError('UNAUTHORIZED', 'ยังไม่ได้เข้าสู่ระบบเซิร์ฟเวอร์ (not logged in to the sync server)');
    const token = await this.session.accessToken();
    return backendJson(
      `${base}/v1/province${path}`,
      { method: 'GET', headers: { authorization: `Bearer ${token}` } },
      this.fetchImpl,
    );
  }

  /** The requested อปท. that the caller may see, in the order asked; the others are left out. */
  async orgs(codes: readonly string[]): Promise<ProvinceOrgReadiness[]> {
    let list: OrgListResponse;
    try {
      list = OrgListResponse.parse(await this.get('/orgs?limit=10000'));
    } catch (error) {
      if (outOfScope(error)) return [];
      throw error;
    }
    const byCode = new Map(list.orgs.map((o) => [o.code, o]));
    return codes.flatMap((c) => {
      const org = byCode.get(c);
      return org ? [readinessOf(org)] : [];
    });
  }

  async org(code: string): Promise<ProvinceOrgReply['provinceOrg']> {
    try {
      const [detail, draws] = await Promise.all([
        this.get(`/orgs/${code}`).then((j) => OrgDetailResponse.parse(j)),
        this.get(`/orgs/${code}/spot-checks`).then((j) => SpotCheckDrawsResponse.parse(j)),
      ]);
      return {
        readiness: readinessOf(detail.org),
        spotChecks: draws.draws.map((d) => ({ seed: d.seed, n: d.n, drawnAt: d.drawnAt })),
      };
    } catch (error) {
      if (outOfScope(error)) return null;
      throw error;
    }
  }
}
