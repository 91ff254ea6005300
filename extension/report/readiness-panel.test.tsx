import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runChecklist } from '../../shared/readiness/checklist';
import { DEFAULT_READINESS_RULES } from '../../shared/readiness/default-rules';
import { samplePerson, sampleRegister } from '../../shared/readiness/sample-register';
import { ReadinessPanel } from './readiness-panel';
import { buildReportModel } from './report-model';

const modelOf = (people: ReturnType<typeof sampleRegister>, plan = {}) =>
  buildReportModel(
    runChecklist({ people, rules: DEFAULT_READINESS_RULES, plan, today: '2026-07-20' }),
    people,
    'อบต.ทดสอบ',
  );

describe('the guard readiness panel', () => {
  afterEach(cleanup);

  it('shows counts, days left, the LPA score and the open items, and hands the choice to the officer', () => {
    const people = [
      ...sampleRegister(4),
      ...Array.from({ length: 7 }, (_, i) => samplePerson(100 + i * 5, { education: [] })),
    ];
    const onProceed = vi.fn();
    const onPrint = vi.fn();
    render(
      <ReadinessPanel
        model={modelOf(people, { 'civil-servant': 7 })}
        onProceed={onProceed}
        onPrint={onPrint}
      />,
    );
    const panel = screen.getByTestId('readiness-panel');
    expect(panel.dataset.open).toBe('7');
    expect(panel.dataset.lpa).toBe('0');
    expect(screen.getByTestId('readiness-days-left').textContent).toBe('11');
    expect(screen.getByTestId('readiness-count-civil-servant').textContent).toBe(
      'ข้าราชการ/พนักงานส่วนท้องถิ่น7707',
    );
    expect(screen.getAllByTestId('readiness-person')).toHaveLength(5);
    fireEvent.click(screen.getByText(/แสดงทั้งหมด 7 คน/));
    expect(screen.getAllByTestId('readiness-person')).toHaveLength(7);
    expect(screen.getByTestId('readiness-proceed').textContent).toContain('certify anyway');
    fireEvent.click(screen.getByTestId('readiness-proceed'));
    fireEvent.click(screen.getByTestId('readiness-print'));
    expect(onProceed).toHaveBeenCalledOnce();
    expect(onPrint).toHaveBeenCalledOnce();
  });

  it('says nothing is open when the register is ready', () => {
    render(<ReadinessPanel model={modelOf(sampleRegister(5))} />);
    expect(screen.getByTestId('readiness-clean')).toBeTruthy();
    expect(screen.getByTestId('readiness-panel').dataset.lpa).toBe('5');
    expect(screen.queryByTestId('readiness-proceed')).toBeNull();
  });
});
