import type { OrgListQuery, OrgSummary } from '../../../../shared/protocol/province';
import { STAFF_TYPE_LABELS, type StaffType } from '../../../../shared/register/staff-type';
import {
  dateOnly,
  dateTime,
  link,
  orgTypeLabel,
  type PageContext,
  percent,
  STATUS_LABELS,
} from './page-context';

export function staffTypeLabel(type: string, ctx: PageContext): string {
  const label = STAFF_TYPE_LABELS[type as StaffType];
  return label ? ctx.t(label.th, label.en) : type || ctx.t('ไม่ระบุ', 'unknown');
}

export function Counts(props: { org: OrgSummary; ctx: PageContext }) {
  if (props.org.counts.length === 0) return <span class="muted">–</span>;
  return (
    <ul class="counts">
      {props.org.counts.map((c) => (
        <li key={c.staffType} class={c.planned !== null && c.recorded < c.planned ? 'below' : undefined}>
          {staffTypeLabel(c.staffType, props.ctx)} <b>{c.recorded}</b>
          {c.planned !== null && <span class="muted">/{c.planned}</span>}
        </li>
      ))}
    </ul>
  );
}

export function DaysLeft(props: { org: OrgSummary; ctx: PageContext }) {
  const { org, ctx } = props;
  if (org.daysLeft === null) return <span class="muted">–</span>;
  return (
    <span class={org.daysLeft < 0 ? 'late' : undefined}>
      {dateOnly(org.deadline, ctx)}
      <br />
      {org.daysLeft < 0
        ? ctx.t(`เลยกำหนด ${-org.daysLeft} วัน`, `${-org.daysLeft} days late`)
        : ctx.t(`อีก ${org.daysLeft} วัน`, `${org.daysLeft} days left`)}
    </span>
  );
}

const COLUMNS: { key: OrgListQuery['sort'] | null; th: string; en: string }[] = [
  { key: 'code', th: 'รหัส', en: 'Code' },
  { key: 'name', th: 'อปท.', en: 'Local government' },
  { key: 'type', th: 'ประเภท', en: 'Type' },
  { key: 'amphoe', th: 'อำเภอ', en: 'Amphoe' },
  { key: 'activity', th: 'เคลื่อนไหวล่าสุด', en: 'Last activity' },
  { key: null, th: 'บุคลากร (บันทึก/แผน)', en: 'Staff (recorded/plan)' },
  { key: 'completeness', th: 'ครบถ้วน', en: 'Complete' },
  { key: null, th: 'รายการค้าง', en: 'Open items' },
  { key: null, th: 'รับรองระดับ อปท.', en: 'Certified (อปท.)' },
  { key: 'daysLeft', th: 'กำหนดเสร็จ', en: 'Deadline' },
  { key: null, th: 'LPA 2.9', en: 'LPA 2.9' },
  { key: 'status', th: 'สถานะ', en: 'Status' },
];

/** The list of อปท.; headers sort by following a link (works without JavaScript and survives printing). */
export function OrgTable(props: {
  orgs: OrgSummary[];
  ctx: PageContext;
  query: OrgListQuery;
  filters: Record<string, string | undefined>;
}) {
  const { ctx, query } = props;
  const sortLink = (key: OrgListQuery['sort']) =>
    link('/province', {
      ...props.filters,
      sort: key,
      dir: query.sort === key && query.dir === 'asc' ? 'desc' : 'asc',
      lang: ctx.lang === 'en' ? 'en' : undefined,
    });
  return (
    <table class="orgs">
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <th
              key={c.th}
              scope="col"
              aria-sort={
                c.key && query.sort === c.key ? (query.dir === 'asc' ? 'ascending' : 'descending') : undefined
              }
            >
              {c.key ? <a href={sortLink(c.key)}>{ctx.t(c.th, c.en)}</a> : ctx.t(c.th, c.en)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.orgs.map((o) => (
          <tr key={o.code} data-code={o.code} class={`status-${o.status}`}>
            <td>{o.code}</td>
            <td>
              <a href={ctx.href(`/province/orgs/${o.code}`)}>{o.name}</a>
            </td>
            <td>{orgTypeLabel(o.type, ctx)}</td>
            <td>{o.amphoeCode}</td>
            <td>{dateTime(o.lastActivity, ctx)}</td>
            <td>
              <Counts org={o} ctx={ctx} />
            </td>
            <td class="num">{percent(o.completeness)}</td>
            <td>
              {Object.entries(o.openItems).map(([code, n]) => (
                <span key={code} class="code">
                  {code} {n}
                </span>
              ))}
            </td>
            <td>
              {o.certifiedAt ? (
                <>
                  {dateTime(o.certifiedAt, ctx)}
                  <br />
                  <span class="muted">{o.certifiedRules}</span>
                  {o.certifiedAnyway && (
                    <span class="late"> {ctx.t('(รับรองทั้งที่มีรายการค้าง)', '(certified anyway)')}</span>
                  )}
                </>
              ) : (
                <span class="muted">–</span>
              )}
            </td>
            <td>
              <DaysLeft org={o} ctx={ctx} />
            </td>
            <td class="num">{o.lpaProjection ?? '–'}</td>
            <td>
              <span class={`badge ${o.status}`}>
                {ctx.t(STATUS_LABELS[o.status].th, STATUS_LABELS[o.status].en)}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
