import type {
  OrgListQuery,
  OrgStatus,
  OrgSummary,
  ProgressResponse,
} from '../../../../shared/protocol/province';
import { ORG_TYPES } from '../../../../shared/thai/org-code';
import { Layout } from './layout';
import { OrgTable } from './org-table';
import { link, orgTypeLabel, type PageContext, STATUS_LABELS } from './page-context';

export const PAGE_SIZE = 200;

/** Data for the chart script, in a JSON block (CSP allows no inline script; `<` is escaped so it cannot end the block). */
export function JsonBlock(props: { id: string; value: unknown }) {
  return (
    <script
      type="application/json"
      id={props.id}
      dangerouslySetInnerHTML={{ __html: JSON.stringify(props.value).replace(/</g, '\\u003c') }}
    />
  );
}

function Tiles(props: { all: OrgSummary[]; ctx: PageContext }) {
  const { all, ctx } = props;
  const by = (s: OrgStatus) => all.filter((o) => o.status === s).length;
  const people = all.reduce((sum, o) => sum + o.peopleTotal, 0);
  const lpa = all.filter((o) => o.lpaProjection === 5).length;
  const tiles: [string, number][] = [
    [ctx.t('อปท. ทั้งหมด', 'Local governments'), all.length],
    [ctx.t(STATUS_LABELS.certified.th, STATUS_LABELS.certified.en), by('certified')],
    [ctx.t(STATUS_LABELS['on-track'].th, STATUS_LABELS['on-track'].en), by('on-track')],
    [ctx.t(STATUS_LABELS.behind.th, STATUS_LABELS.behind.en), by('behind')],
    [ctx.t(STATUS_LABELS['no-report'].th, STATUS_LABELS['no-report'].en), by('no-report')],
    [ctx.t('บุคลากรในทะเบียน', 'People in registers'), people],
    [ctx.t('คาดว่าได้ LPA 2.9 = 5', 'LPA 2.9 projected 5'), lpa],
  ];
  return (
    <section class="tiles">
      {tiles.map(([label, n]) => (
        <div class="tile" key={label}>
          <span class="n">{n.toLocaleString('en')}</span>
          <span>{label}</span>
        </div>
      ))}
    </section>
  );
}

function Filters(props: { ctx: PageContext; query: OrgListQuery; amphoes: string[]; admin: boolean }) {
  const { ctx, query } = props;
  return (
    <form method="get" action="/province" class="filters no-print">
      {ctx.lang === 'en' && <input type="hidden" name="lang" value="en" />}
      {props.admin && (
        <label>
          {ctx.t('จังหวัด (รหัส)', 'Province (code)')}
          <input name="province" value={query.province ?? ''} pattern="\d{2}" size={3} placeholder="50" />
        </label>
      )}
      <label>
        {ctx.t('ค้นหา', 'Search')}
        <input name="q" value={query.q ?? ''} maxLength={100} />
      </label>
      <label>
        {ctx.t('อำเภอ', 'Amphoe')}
        <select name="amphoe">
          <option value="">{ctx.t('ทุกอำเภอ', 'All')}</option>
          {props.amphoes.map((a) => (
            <option key={a} value={a} selected={a === query.amphoe}>
              {a}
            </option>
          ))}
        </select>
      </label>
      <label>
        {ctx.t('ประเภท', 'Type')}
        <select name="type">
          <option value="">{ctx.t('ทุกประเภท', 'All')}</option>
          {Object.values(ORG_TYPES).map((t) => (
            <option key={t.id} value={t.id} selected={t.id === query.type}>
              {orgTypeLabel(t.id, ctx)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {ctx.t('สถานะ', 'Status')}
        <select name="status">
          <option value="">{ctx.t('ทุกสถานะ', 'All')}</option>
          {(Object.keys(STATUS_LABELS) as OrgStatus[]).map((s) => (
            <option key={s} value={s} selected={s === query.status}>
              {ctx.t(STATUS_LABELS[s].th, STATUS_LABELS[s].en)}
            </option>
          ))}
        </select>
      </label>
      <input type="hidden" name="sort" value={query.sort} />
      <input type="hidden" name="dir" value={query.dir} />
      <button type="submit">{ctx.t('กรอง', 'Filter')}</button>
    </form>
  );
}

export function DashboardPage(props: {
  ctx: PageContext;
  scope: string | null;
  all: OrgSummary[];
  shown: OrgSummary[];
  total: number;
  query: OrgListQuery;
  progress: ProgressResponse;
  admin: boolean;
}) {
  const { ctx, query } = props;
  const filters = {
    province: query.province,
    q: query.q,
    amphoe: query.amphoe,
    type: query.type,
    status: query.status,
  };
  const amphoes = [...new Set(props.all.map((o) => o.amphoeCode))].sort();
  const page = Math.floor(query.offset / PAGE_SIZE);
  const pages = Math.ceil(props.total / PAGE_SIZE);
  const exportQuery = { ...filters, sort: query.sort, dir: query.dir };
  const title = props.scope
    ? ctx.t(
        `ความคืบหน้าการบันทึกข้อมูล ก.พ.7 จังหวัด (รหัส ${props.scope})`,
        `ก.พ.7 register progress, province ${props.scope}`,
      )
    : ctx.t('ความคืบหน้าการบันทึกข้อมูล ก.พ.7 ทั่วประเทศ', 'ก.พ.7 register progress, whole country');
  return (
    <Layout ctx={ctx} title={title}>
      <Tiles all={props.all} ctx={ctx} />
      <section class="chart">
        <h2>{ctx.t('ความคืบหน้าตามวัน', 'Progress over time')}</h2>
        <canvas id="progress-chart" height={90} aria-label={ctx.t('กราฟความคืบหน้า', 'Progress chart')} />
        <JsonBlock
          id="progress-data"
          value={{
            days: props.progress.days,
            labels: {
              total: ctx.t('บุคลากรที่บันทึก', 'People recorded'),
              complete: ctx.t('ข้อมูลครบถ้วน', 'Complete'),
              certified: ctx.t('อปท. ที่รับรองแล้ว', 'Local governments certified'),
            },
          }}
        />
      </section>
      <Filters ctx={ctx} query={query} amphoes={amphoes} admin={props.admin} />
      <p class="actions no-print">
        <a href={link('/v1/province/export.csv', exportQuery)} download>
          {ctx.t('ส่งออก CSV', 'Export CSV')}
        </a>
        <a href={link('/v1/province/export.xlsx', exportQuery)} download>
          {ctx.t('ส่งออก Excel (.xlsx)', 'Export Excel (.xlsx)')}
        </a>
        <button type="button" data-print>
          {ctx.t('พิมพ์', 'Print')}
        </button>
      </p>
      <p class="muted">
        {ctx.t(
          `แสดง ${props.shown.length} จาก ${props.total} แห่ง`,
          `Showing ${props.shown.length} of ${props.total}`,
        )}
      </p>
      <OrgTable orgs={props.shown} ctx={ctx} query={query} filters={filters} />
      {pages > 1 && (
        <nav class="pages no-print">
          {Array.from({ length: pages }, (_, i) => (
            <a
              key={i}
              href={ctx.href('/province', {
                ...filters,
                sort: query.sort,
                dir: query.dir,
                offset: i * PAGE_SIZE,
              })}
              aria-current={i === page ? 'page' : undefined}
            >
              {i + 1}
            </a>
          ))}
        </nav>
      )}
    </Layout>
  );
}
