import { useState } from 'preact/hooks';
import type { ReportModel } from './report-model';

export interface ReadinessPanelProps {
  model: ReportModel;
  /** open the printable A4 report (the lead wires it to the report page) */
  onPrint?: () => void;
  /** download the .docx */
  onDocx?: () => void;
  /** in the guard on "รับรองระดับ อปท.": go on and certify anyway, or go back and fix */
  onProceed?: () => void;
  onCancel?: () => void;
  /** the guard's jump to a person's page on the site (people carry their citizen ID only on the officer's screen) */
  onJump?: (citizenId: string) => void;
}

/** How many people with open items show before "แสดงทั้งหมด"; the guard must stay small on the LHR page. */
const FIRST = 5;

/**
 * The whole-register certification checklist for the guard: counts against the plan, days left, the LPA 2.9 score
 * if judged today and what is still open. It only informs; certifying stays the officer's click on the site.
 */
export function ReadinessPanel({ model, onPrint, onDocx, onProceed, onCancel, onJump }: ReadinessPanelProps) {
  const [all, setAll] = useState(false);
  const open = model.officeItems.length + model.people.length;
  const shown = all ? model.people : model.people.slice(0, FIRST);
  const d = model.deadline;
  return (
    <section class="readiness" data-testid="readiness-panel" data-open={open} data-lpa={model.lpaScore}>
      <b>ความพร้อมรับรองข้อมูลทั้ง อปท. (certification readiness)</b>
      <p data-testid="readiness-summary">
        ครบถ้วน {model.total.complete}/{model.total.recorded} คน
        {d && (
          <>
            {' '}
            · กำหนด {d.dateText}
            {d.estimated ? ' (ประมาณการ)' : ''} เหลือ <b data-testid="readiness-days-left">{d.daysLeft}</b> วัน
          </>
        )}{' '}
        · LPA 2.9 วันนี้ <b>{model.lpaScore}</b>/5
      </p>
      <table class="readiness-counts">
        <thead>
          <tr>
            <th>ประเภท</th>
            <th>แผน</th>
            <th>บันทึก</th>
            <th>ครบ</th>
            <th>ใน LHR</th>
          </tr>
        </thead>
        <tbody>
          {model.rows
            .filter((r) => r.recorded > 0 || r.planned !== null)
            .map((r) => (
              <tr key={r.staffType} data-testid={`readiness-count-${r.staffType}`}>
                <td>{r.label}</td>
                <td>{r.planned ?? '–'}</td>
                <td>{r.recorded}</td>
                <td>{r.complete}</td>
                <td>{r.inLhrList}</td>
              </tr>
            ))}
        </tbody>
      </table>
      {open === 0 ? (
        <p data-testid="readiness-clean">ไม่มีรายการค้าง ข้อมูลพร้อมรับรอง (nothing open)</p>
      ) : (
        <ul data-testid="readiness-items">
          {model.officeItems.map((t) => (
            <li key={t}>{t}</li>
          ))}
          {shown.map((p, i) => (
            <li key={`${i}-${p.name}`} data-testid="readiness-person" data-codes={(p.codes ?? []).join(' ')}>
              <b>{p.name}</b> ({p.type}): {p.items.join(' · ')}
              {onJump && p.citizenId && (
                <>
                  {' '}
                  <button
                    type="button"
                    class="link"
                    data-testid="readiness-jump"
                    onClick={() => onJump(p.citizenId as string)}
                  >
                    ไปที่หน้าบุคคล (go to)
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {!all && model.people.length > FIRST && (
        <button type="button" class="link" onClick={() => setAll(true)}>
          แสดงทั้งหมด {model.people.length} คน (show all)
        </button>
      )}
      <div class="actions">
        {onPrint && (
          <button type="button" data-testid="readiness-print" onClick={onPrint}>
            พิมพ์รายงาน (print)
          </button>
        )}
        {onDocx && (
          <button type="button" data-testid="readiness-docx" onClick={onDocx}>
            ดาวน์โหลด .docx
          </button>
        )}
        {onCancel && (
          <button type="button" data-testid="readiness-cancel" onClick={onCancel}>
            กลับไปแก้ไข (go back)
          </button>
        )}
        {onProceed && (
          <button type="button" data-testid="readiness-proceed" onClick={onProceed}>
            {open === 0 ? 'รับรองข้อมูล (certify)' : 'รับรองทั้งที่ยังมีรายการค้าง (certify anyway)'}
          </button>
        )}
      </div>
    </section>
  );
}
