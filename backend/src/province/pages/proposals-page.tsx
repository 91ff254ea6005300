import type { TeachChange } from '../../../../shared/profile/teach-patch';
import type { HealthRow, ProposalRow } from '../profile-proposals';
import { Layout } from './layout';
import type { PageContext } from './page-context';

function describe(ctx: PageContext, change: TeachChange): string {
  if (change.kind === 'mustNotFill') return ctx.t('ห้ามกรอก', 'never fill');
  if (change.kind === 'guard') return ctx.t('ป้องกันปุ่ม', 'guard button');
  const whose = {
    holder: ctx.t('ของบุคคลนี้', 'this person'),
    person: ctx.t('ของคนอื่น', 'someone else'),
    organisation: ctx.t('ของหน่วยงาน', 'the organisation'),
  }[change.whose];
  return `${change.type} · ${whose}`;
}

/**
 * ข้อเสนอปรับโปรไฟล์: teach-mode proposals from the อปท. in scope (locators and types only), each approved with one
 * click — a supervisor's for his province, an admin's for the country — with where each is published, and the profile
 * pages officers' browsers found stale (docs/province.md).
 */
export function ProposalsPage(props: {
  ctx: PageContext;
  proposals: ProposalRow[];
  health: HealthRow[];
  approved?: string;
  /** the province the approval was published in; none: nationally */
  province?: string;
  /** an admin's approval publishes nationally, a supervisor's in his province */
  national: boolean;
}) {
  const { ctx } = props;
  return (
    <Layout ctx={ctx} title={ctx.t('ข้อเสนอปรับโปรไฟล์', 'Profile proposals')}>
      {props.approved && (
        <p class="notice" data-testid="approved">
          {ctx.t('อนุมัติแล้ว เผยแพร่เป็นโปรไฟล์', 'Approved; published as profile')} {props.approved}{' '}
          {/^\d{2}$/.test(props.province ?? '')
            ? ctx.t(
                `เฉพาะ อปท. ในจังหวัด (รหัส ${props.province})`,
                `to the local governments of province ${props.province} only`,
              )
            : ctx.t('ทั่วประเทศ', 'nationally')}
        </p>
      )}
      {props.proposals.length === 0 ? (
        <p>{ctx.t('ไม่มีข้อเสนอ', 'No proposals.')}</p>
      ) : (
        <table class="proposals">
          <thead>
            <tr>
              <th>{ctx.t('อปท.', 'Local government')}</th>
              <th>{ctx.t('โปรไฟล์ / หน้า', 'Profile / page')}</th>
              <th>{ctx.t('ตัวระบุ', 'Locator')}</th>
              <th>{ctx.t('สอนว่า', 'Taught as')}</th>
              <th>{ctx.t('สถานะ', 'Status')}</th>
            </tr>
          </thead>
          <tbody>
            {props.proposals.map((p) => (
              <tr key={`${p.org}/${p.recordId}`} data-testid="proposal" data-org={p.org}>
                <td>
                  {p.orgName} <span class="muted">{p.org}</span>
                </td>
                <td>
                  {p.patch.profileId} / {p.patch.page.id}
                  <br />
                  {/* The reviewer sees which site a new profile would apply to. */}
                  <span class="muted">{p.patch.origin}</span>
                </td>
                <td>
                  <code>{JSON.stringify(p.patch.change.locator)}</code>
                </td>
                <td>{describe(ctx, p.patch.change)}</td>
                <td>
                  {p.publishedIn && (
                    <span data-testid="proposal-applied" data-published-in={p.publishedIn}>
                      {p.publishedIn === 'province'
                        ? ctx.t(`เผยแพร่แล้วในจังหวัด (รหัส ${p.province})`, `Published in province ${p.province}`)
                        : ctx.t('เผยแพร่แล้วทั่วประเทศ', 'Published nationally')}
                    </span>
                  )}
                  {!p.applied && (
                    <form method="post" action={ctx.href('/province/proposals/approve')}>
                      <input type="hidden" name="_csrf" value={ctx.csrf} />
                      <input type="hidden" name="org" value={p.org} />
                      <input type="hidden" name="id" value={p.recordId} />
                      <button type="submit" data-testid="approve">
                        {props.national
                          ? ctx.t('อนุมัติ (เผยแพร่ทั่วประเทศ)', 'Approve (publish nationally)')
                          : ctx.t('อนุมัติ (เผยแพร่ในจังหวัด)', 'Approve (publish in this province)')}
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{ctx.t('โปรไฟล์ที่ใช้ไม่ได้แล้ว (หน้าเว็บเปลี่ยน)', 'Profiles that stopped matching (site changed)')}</h2>
      {props.health.length === 0 ? (
        <p>{ctx.t('ไม่มีรายงาน', 'No reports.')}</p>
      ) : (
        <table class="health">
          <thead>
            <tr>
              <th>{ctx.t('อปท.', 'Local government')}</th>
              <th>{ctx.t('โปรไฟล์', 'Profile')}</th>
              <th>{ctx.t('หน้า', 'Page')}</th>
              <th>{ctx.t('ป้ายที่หายไป', 'Labels missing')}</th>
              <th>{ctx.t('พบเมื่อ', 'Seen')}</th>
            </tr>
          </thead>
          <tbody>
            {props.health.map((h) => (
              <tr key={`${h.org}/${h.report.profileId}/${h.report.pageId}`} data-testid="stale-profile">
                <td>
                  {h.orgName} <span class="muted">{h.org}</span>
                </td>
                <td>
                  {h.report.profileId}@{h.report.profileVersion}
                </td>
                <td>{h.report.pageId}</td>
                <td>
                  {h.report.labelsMissing}/{h.report.labelsTotal}
                </td>
                <td>{h.report.seenAt.slice(0, 16).replace('T', ' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
