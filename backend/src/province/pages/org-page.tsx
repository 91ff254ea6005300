import type { OrgDetailResponse, SpotCheckResponse } from '../../../../shared/protocol/province';
import { Layout } from './layout';
import { Counts, DaysLeft, staffTypeLabel } from './org-table';
import { dateTime, orgTypeLabel, type PageContext, percent, STATUS_LABELS } from './page-context';

function SpotCheck(props: { ctx: PageContext; code: string; spot: SpotCheckResponse | null; n: number }) {
  const { ctx, spot } = props;
  return (
    <section class="spot-check">
      <h2>{ctx.t('สุ่มตรวจสอบการบันทึกข้อมูลในเมนูต่างๆ', 'Spot-check of the records in each menu')}</h2>
      <form method="get" action={`/province/orgs/${props.code}`} class="filters no-print">
        {ctx.lang === 'en' && <input type="hidden" name="lang" value="en" />}
        <label>
          {ctx.t('จำนวนคน', 'People')}
          <input name="n" type="number" min={1} max={50} value={props.n} />
        </label>
        <label>
          {ctx.t('เลขสุ่ม (seed) — เว้นว่างเพื่อสุ่มใหม่', 'Seed — leave empty for a new draw')}
          <input name="seed" value={spot?.seed ?? ''} pattern="[A-Za-z0-9\-]{1,40}" maxLength={40} />
        </label>
        <button type="submit">{ctx.t('สุ่มรายชื่อ', 'Draw')}</button>
      </form>
      {spot && (
        <>
          <p class="seed">
            {ctx.t('เลขสุ่ม (seed)', 'Seed')}: <code id="seed">{spot.seed}</code> ·{' '}
            {ctx.t(
              `สุ่ม ${spot.people.length} คน จากบุคลากรที่ปฏิบัติงาน ${spot.population} คน — ใช้เลขสุ่มเดิมกับข้อมูลเดิมได้รายชื่อเดิม`,
              `${spot.people.length} drawn from ${spot.population} active people — the same seed on the same data gives the same list`,
            )}
          </p>
          <ol class="spot-list">
            {spot.people.map((p) => (
              <li key={p.citizenIdTail + p.name}>
                <strong>{p.name}</strong>{' '}
                <span class="muted">
                  ({ctx.t('เลขประจำตัวลงท้าย', 'ID ending')} {p.citizenIdTail})
                </span>
                <br />
                {p.staffType} · {p.position}
                <table class="compare">
                  <thead>
                    <tr>
                      <th>{ctx.t('เมนูใน LHR', 'LHR menu')}</th>
                      <th>{ctx.t('ทะเบียนระบุว่า', 'The register says')}</th>
                      <th>{ctx.t('ตรง', 'Match')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {p.compare.map((c) => (
                      <tr key={c.menu}>
                        <td>{c.menu}</td>
                        <td>{c.expect}</td>
                        <td class="tick">☐</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

export function OrgPage(props: {
  ctx: PageContext;
  detail: OrgDetailResponse;
  spot: SpotCheckResponse | null;
  n: number;
}) {
  const { ctx } = props;
  const { org, report, history } = props.detail;
  return (
    <Layout ctx={ctx} title={`${org.name} (${org.code})`}>
      <dl class="facts">
        <dt>{ctx.t('ประเภท', 'Type')}</dt>
        <dd>{orgTypeLabel(org.type, ctx)}</dd>
        <dt>{ctx.t('อำเภอ', 'Amphoe')}</dt>
        <dd>{org.amphoeCode}</dd>
        <dt>{ctx.t('เคลื่อนไหวล่าสุด', 'Last activity')}</dt>
        <dd>{dateTime(org.lastActivity, ctx)}</dd>
        <dt>{ctx.t('สถานะ', 'Status')}</dt>
        <dd>
          <span class={`badge ${org.status}`}>
            {ctx.t(STATUS_LABELS[org.status].th, STATUS_LABELS[org.status].en)}
          </span>
        </dd>
        <dt>{ctx.t('บุคลากร (บันทึก/แผน)', 'Staff (recorded/plan)')}</dt>
        <dd>
          <Counts org={org} ctx={ctx} />
        </dd>
        <dt>{ctx.t('ครบถ้วน', 'Complete')}</dt>
        <dd>{percent(org.completeness)}</dd>
        <dt>{ctx.t('กำหนดเสร็จ', 'Deadline')}</dt>
        <dd>
          <DaysLeft org={org} ctx={ctx} />
        </dd>
        <dt>{ctx.t('รับรองระดับ อปท.', 'Certified (อปท.)')}</dt>
        <dd>{org.certifiedAt ? `${dateTime(org.certifiedAt, ctx)} · ${org.certifiedRules ?? ''}` : '–'}</dd>
        <dt>{ctx.t('คาดการณ์ LPA 2.9', 'LPA 2.9 projection')}</dt>
        <dd>{org.lpaProjection ?? '–'}</dd>
      </dl>
      <section>
        <h2>{ctx.t('รายงานความพร้อมล่าสุด', 'Latest readiness report')}</h2>
        {report ? (
          <>
            <p class="muted">
              {dateTime(report.generatedAt, ctx)} · {ctx.t('ปีงบประมาณ', 'Fiscal year')} {report.fiscalYear} ·{' '}
              {ctx.t('เกณฑ์', 'rules')} {report.rulesVersion}
            </p>
            <table>
              <thead>
                <tr>
                  <th>{ctx.t('ประเภทบุคลากร', 'Staff type')}</th>
                  <th>{ctx.t('ตามแผน', 'Planned')}</th>
                  <th>{ctx.t('บันทึก', 'Recorded')}</th>
                  <th>{ctx.t('ครบถ้วน', 'Complete')}</th>
                  <th>{ctx.t('อยู่ในรายชื่อ LHR', 'On the LHR list')}</th>
                </tr>
              </thead>
              <tbody>
                {report.counts.map((c) => (
                  <tr key={c.staffType}>
                    <td>{staffTypeLabel(c.staffType, ctx)}</td>
                    <td class="num">{c.planned ?? '–'}</td>
                    <td class="num">{c.recorded}</td>
                    <td class="num">{c.complete}</td>
                    <td class="num">{c.inLhrList}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <h3>{ctx.t('รายการค้างตามรหัส', 'Open items by code')}</h3>
            <ul>
              {Object.entries(report.findings)
                .filter(([, n]) => n > 0)
                .map(([code, n]) => (
                  <li key={code}>
                    <span class="code">{code}</span> {n}
                  </li>
                ))}
            </ul>
          </>
        ) : (
          <p class="muted">{ctx.t('ยังไม่มีรายงาน', 'No report yet')}</p>
        )}
      </section>
      <section>
        <h2>{ctx.t('ประวัติรายงาน', 'Report history')}</h2>
        <table class="history">
          <thead>
            <tr>
              <th>{ctx.t('เวลา', 'Time')}</th>
              <th>{ctx.t('ฉบับ', 'Copy')}</th>
              <th>{ctx.t('บุคลากร', 'People')}</th>
              <th>{ctx.t('ครบถ้วน', 'Complete')}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((h) => (
              <tr key={`${h.recordId}-${h.at}`}>
                <td>{dateTime(h.at, ctx)}</td>
                <td>{h.certifiedAt ? ctx.t('ฉบับรับรอง', 'certified copy') : ctx.t('ล่าสุด', 'latest')}</td>
                <td class="num">{h.peopleTotal}</td>
                <td class="num">{h.peopleComplete}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <SpotCheck ctx={ctx} code={org.code} spot={props.spot} n={props.n} />
    </Layout>
  );
}
