import { utils, write } from '@e965/xlsx';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlanEditor } from './plan-editor';
import { planFromSpreadsheet } from './plan-file';

const xlsx = (rows: unknown[][]) => {
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet(rows), 'แผน');
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }));
};

describe('the manpower plan', () => {
  afterEach(cleanup);

  it('reads a three-year plan spreadsheet and a UTF-8 CSV', () => {
    const bytes = xlsx([
      ['ประเภท', 'ปี 2567', 'ปี 2568', 'ปี 2569'],
      ['พนักงานส่วนตำบล', 10, 11, 12],
      ['พนักงานจ้างตามภารกิจ', 4, 4, 5],
    ]);
    expect(planFromSpreadsheet(bytes, 2569).plan).toEqual({ 'civil-servant': 12, 'mission-employee': 5 });
    const csv = new TextEncoder().encode('\uFEFFประเภท,จำนวน\nลูกจ้างประจำ,3\nครู,7\n');
    expect(planFromSpreadsheet(csv).plan).toEqual({ 'permanent-employee': 3, teacher: 7 });
  });

  it('is typed per staff type, an empty box meaning no plan', () => {
    const onChange = vi.fn();
    render(<PlanEditor plan={{ teacher: 2 }} fiscalYear={2569} onChange={onChange} />);
    fireEvent.change(screen.getByTestId('plan-civil-servant'), { target: { value: '12' } });
    expect(onChange).toHaveBeenLastCalledWith({ teacher: 2, 'civil-servant': 12 });
    fireEvent.change(screen.getByTestId('plan-teacher'), { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith({});
  });

  it('imports a file over the typed numbers and says how many types it found', async () => {
    const onChange = vi.fn();
    render(<PlanEditor plan={{ teacher: 2 }} fiscalYear={2569} onChange={onChange} />);
    const file = new File([xlsx([['ลูกจ้างประจำ', 3]])], 'plan.xlsx');
    fireEvent.change(screen.getByTestId('plan-file'), { target: { files: [file] } });
    await waitFor(() => expect(onChange).toHaveBeenCalledWith({ teacher: 2, 'permanent-employee': 3 }));
    expect(screen.getByTestId('plan-note').textContent).toBe('นำเข้า 1 ประเภท');
  });
});
