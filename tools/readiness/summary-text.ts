import type { Checklist } from '../../shared/readiness/checklist';
import type { LenientRegister } from '../../shared/readiness/lenient-register';
import { STAFF_TYPE_LABELS } from '../../shared/register/staff-type';

/** The CLI's plain-text answer: counts per staff type, open items per code, the deadline and the LPA score. */
export function summaryText(c: Checklist, register: LenientRegister): string {
  const lines = [
    `ความพร้อมรับรองข้อมูล ก.พ.7 (readiness) — ${c.today}, ปีงบประมาณ ${c.fiscalYear}, rules ${c.rulesVersion}`,
  ];
  for (const n of c.counts) {
    const plan = n.planned === null ? '-' : String(n.planned);
    lines.push(
      `  ${STAFF_TYPE_LABELS[n.staffType].th}: แผน ${plan} · บันทึก ${n.recorded} · ครบ ${n.complete} · ใน LHR ${n.inLhrList}`,
    );
  }
  lines.push(`ครบถ้วน ${c.peopleComplete}/${c.peopleTotal} คน (complete people)`);
  const byCode = new Map<string, number>();
  for (const f of c.findings) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
  for (const [code, n] of byCode) lines.push(`  ${code}: ${n}`);
  if (c.deadline) {
    const est = c.deadline.estimated ? ' (ประมาณการ / estimated)' : '';
    lines.push(`กำหนดรับรอง ${c.deadline.end}${est}: เหลือ ${c.deadline.daysLeft} วัน`);
  }
  lines.push(`LPA ตัวชี้วัด 2.9 ถ้าประเมินวันนี้: ${c.lpaScore} คะแนน`);
  if (register.rejected.length > 0)
    lines.push(`อ่านไม่ได้ ${register.rejected.length} รายการ (entries rejected)`);
  return `${lines.join('\n')}\n`;
}
