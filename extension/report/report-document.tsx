import type { ReportModel, ReportRow } from './report-model';

const cell = (n: number | null) => (n === null ? '–' : n.toLocaleString('th-TH'));

function CountRow({ row, total }: { row: ReportRow; total?: boolean }) {
  const gap = row.planned === null ? null : row.recorded - row.planned;
  const Cell = total ? 'th' : 'td';
  return (
    <tr data-testid={`count-${row.staffType ?? 'total'}`}>
      <Cell class="label">{row.label}</Cell>
      <Cell data-col="planned">{cell(row.planned)}</Cell>
      <Cell data-col="recorded">{cell(row.recorded)}</Cell>
      <Cell data-col="gap">{gap === null ? '–' : gap > 0 ? `+${gap}` : String(gap)}</Cell>
      <Cell data-col="inLhrList">{cell(row.inLhrList)}</Cell>
      <Cell data-col="complete">{cell(row.complete)}</Cell>
      <Cell data-col="percent">{row.percent === null ? '–' : `${row.percent}%`}</Cell>
    </tr>
  );
}

function Signature({ title }: { title: string }) {
  return (
    <div class="signature">
      <p>ลงชื่อ ......................................................</p>
      <p>( ...................................................... )</p>
      <p>{title}</p>
      <p>วันที่ ........ / ........ / ............</p>
    </div>
  );
}

/**
 * The A4 report for the นายก and ปลัด before "รับรองระดับ อปท.": counts against the manpower plan, completeness per
 * staff type, what is still open, and signature lines. Plain HTML and CSS so Chromium's print makes the PDF.
 */
export function ReportDocument({ model }: { model: ReportModel }) {
  const d = model.deadline;
  return (
    <main class="report">
      <h1>รายงานความพร้อมการรับรองข้อมูลทะเบียนประวัติ (ก.พ.7) ในระบบ LHR</h1>
      <p class="center">
        {model.orgName} · ข้อมูล ณ วันที่ {model.dateText} · ปีงบประมาณ {model.fiscalYear}
      </p>
      <section>
        <h2>1. จำนวนบุคลากรเทียบกับแผนอัตรากำลังสามปีและระบบ LHR</h2>
        <table class="counts">
          <thead>
            <tr>
              <th>ประเภทบุคลากร</th>
              <th>ตามแผนอัตรากำลัง</th>
              <th>บันทึกแล้ว</th>
              <th>ต่าง (+/−)</th>
              <th>อยู่ในระบบ LHR</th>
              <th>ข้อมูลครบถ้วน</th>
              <th>ร้อยละครบถ้วน</th>
            </tr>
          </thead>
          <tbody>
            {model.rows.map((row) => (
              <CountRow key={row.staffType} row={row} />
            ))}
            <CountRow row={model.total} total />
          </tbody>
        </table>
      </section>
      <section>
        <h2>2. กำหนดเวลาและผลตัวชี้วัด LPA 2.9</h2>
        <p data-testid="deadline">
          {d
            ? `กำหนดรับรองข้อมูลระดับ อปท. ภายใน ${d.dateText}${d.estimated ? ' (ประมาณการ)' : ''} — เหลือ ${d.daysLeft} วัน`
            : 'ยังไม่มีกำหนดรับรองข้อมูลที่แจ้งไว้'}
        </p>
        {d && <p class="small">ที่มา: {d.source}</p>}
        <p data-testid="lpa">
          หากประเมินวันนี้ ตัวชี้วัดที่ 2.9 (การบันทึกข้อมูลทะเบียนประวัติ ก.พ.7) ได้ <b>{model.lpaScore} คะแนน</b> จาก 5 คะแนน
        </p>
      </section>
      <section>
        <h2>3. รายการที่ยังต้องแก้ไข</h2>
        {model.officeItems.length === 0 && model.people.length === 0 ? (
          <p>ไม่มีรายการค้าง ข้อมูลพร้อมรับรอง</p>
        ) : (
          <ol class="open-items" data-testid="open-items">
            {model.officeItems.map((text) => (
              <li key={text}>{text}</li>
            ))}
            {model.people.map((p, i) => (
              <li key={`${i}-${p.name}`}>
                <b>{p.name}</b> ({p.type}): {p.items.join(' · ')}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section class="signatures">
        <Signature title="ผู้จัดทำ (นักทรัพยากรบุคคล)" />
        <Signature title="ปลัด" />
        <Signature title="นายก" />
      </section>
      <p class="small footer">จัดทำโดย LHR Assist · เกณฑ์ตรวจสอบฉบับ {model.rulesVersion}</p>
    </main>
  );
}
