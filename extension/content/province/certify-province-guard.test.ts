import { Window } from 'happy-dom';
import { describe, expect, it, vi } from 'vitest';
import { hasFindings, showProvinceGuard } from './certify-province-guard';

const mismatch = {
  label: 'พนักงานจ้าง',
  page: 2,
  register: 1,
  staffTypes: ['mission-employee' as const],
  match: false,
};

describe('the guard on "รับรองระดับจังหวัด"', () => {
  it('stops for a count mismatch or a missing spot-check, not when both are fine', () => {
    const drawn = { seed: 'a', n: 5, drawnAt: '2026-12-02T10:00:00.000Z' };
    expect(hasFindings({ mismatches: [mismatch], lastSpotCheck: drawn })).toBe(true);
    expect(hasFindings({ mismatches: [], lastSpotCheck: null })).toBe(true);
    expect(hasFindings({ mismatches: [], lastSpotCheck: drawn })).toBe(false);
  });

  it('lists what it found and lets the next press through only after the explicit tick', () => {
    const doc = new Window().document as unknown as Document;
    const allow = vi.fn();
    const panel = showProvinceGuard(doc, { mismatches: [mismatch], lastSpotCheck: null }, allow);
    const q = (id: string) => panel.querySelector(`[data-testid="${id}"]`) as HTMLElement;
    expect(q('guard-mismatch').textContent).toContain('หน้า LHR 2 คน, ทะเบียน 1 คน');
    expect(q('guard-spotcheck').getAttribute('data-drawn')).toBe('false');
    const anyway = q('guard-certify-anyway') as HTMLButtonElement;
    expect(anyway.disabled).toBe(true);
    anyway.click();
    expect(allow).not.toHaveBeenCalled();
    const tick = q('guard-ack') as HTMLInputElement;
    tick.checked = true;
    tick.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).Event('change'));
    expect(anyway.disabled).toBe(false);
    anyway.click();
    expect(allow).toHaveBeenCalledOnce();
    expect(q('guard-acknowledged')).not.toBeNull();
  });
});
