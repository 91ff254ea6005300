import { useState } from 'preact/hooks';
import type { ManpowerPlan } from '../../shared/readiness/manpower-plan';
import { STAFF_TYPE_LABELS, StaffType } from '../../shared/register/staff-type';
import { planFromSpreadsheet } from './plan-file';

export interface PlanEditorProps {
  plan: ManpowerPlan;
  /** BE fiscal year whose column a three-year plan file should give */
  fiscalYear: number;
  onChange: (plan: ManpowerPlan) => void;
}

/**
 * The officer types the planned head count per staff type (แผนอัตรากำลังสามปี), or imports them from the
 * spreadsheet they keep. An empty box means "no plan" for that type, which raises no count finding.
 */
export function PlanEditor({ plan, fiscalYear, onChange }: PlanEditorProps) {
  const [note, setNote] = useState('');
  const set = (type: StaffType, text: string) => {
    const next: ManpowerPlan = { ...plan };
    const n = Number(text);
    if (text.trim() === '' || !Number.isInteger(n) || n < 0) delete next[type];
    else next[type] = n;
    onChange(next);
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const { plan: read, rowsWithoutCount } = planFromSpreadsheet(
        new Uint8Array(await file.arrayBuffer()),
        fiscalYear,
      );
      const types = Object.keys(read).length;
      setNote(
        types === 0
          ? 'ไม่พบประเภทบุคลากรในไฟล์ (no staff types found)'
          : `นำเข้า ${types} ประเภท${rowsWithoutCount.length ? ` · ${rowsWithoutCount.length} แถวไม่มีจำนวน` : ''}`,
      );
      if (types > 0) onChange({ ...plan, ...read });
    } catch {
      setNote('อ่านไฟล์ไม่ได้ (cannot read the file)');
    }
  };
  return (
    <fieldset class="plan-editor" data-testid="plan-editor">
      <legend>แผนอัตรากำลังสามปี ปีงบประมาณ {fiscalYear} (manpower plan)</legend>
      {StaffType.options.map((type) => (
        <label key={type}>
          {STAFF_TYPE_LABELS[type].th}{' '}
          <input
            type="number"
            min={0}
            inputMode="numeric"
            data-testid={`plan-${type}`}
            value={plan[type] ?? ''}
            onChange={(e) => set(type, e.currentTarget.value)}
          />
        </label>
      ))}
      <label>
        นำเข้าจากไฟล์ (.xlsx, .csv){' '}
        <input
          type="file"
          data-testid="plan-file"
          accept=".xlsx,.xls,.ods,.csv"
          onChange={(e) => void importFile(e.currentTarget.files?.[0])}
        />
      </label>
      {note && <p data-testid="plan-note">{note}</p>}
    </fieldset>
  );
}
