import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({
  default: { runtime: { sendMessage: async () => ({ ok: true }) } },
}));
const { latestCertification, stampToIso } = await import('./certified');

describe('certification history (ประวัติการรับรองข้อมูล)', () => {
  it('reads LHR stamps (BE, Thai time) as ISO instants', () => {
    expect(stampToIso('20/07/2569 10:15:30')).toBe('2026-07-20T03:15:30.000Z');
    expect(stampToIso('1/7/2569')).toBe('2026-06-30T17:00:00.000Z');
    expect(stampToIso('รับรองระดับ อปท.')).toBeNull();
  });

  it('takes the latest row of the table under the heading, and nothing without the heading', () => {
    document.body.innerHTML = `<table><tr><td>01/01/2568 09:00</td></tr></table><h3>ประวัติการรับรองข้อมูล</h3>
<table><tr><th>ครั้งที่</th><th>วันที่รับรอง</th></tr><tr><td>1</td><td>20/07/2568 10:00:00</td></tr>
<tr><td>2</td><td>21/07/2569 08:30:00</td></tr></table>`;
    expect(latestCertification(document)).toBe('2026-07-21T01:30:00.000Z');
    document.body.innerHTML = '<table><tr><td>21/07/2569 08:30:00</td></tr></table>';
    expect(latestCertification(document)).toBeNull();
  });
});
