import { afterEach, describe, expect, it, vi } from 'vitest';
import { runChecklist } from '../../shared/readiness/checklist';
import { DEFAULT_READINESS_RULES } from '../../shared/readiness/default-rules';
import { sampleRegister } from '../../shared/readiness/sample-register';
import { downloadReportDocx } from './print-report';
import { buildReportModel } from './report-model';

describe('offering the .docx', () => {
  afterEach(() => vi.restoreAllMocks());

  it('clicks a download link for a Word blob with the given name', async () => {
    const people = sampleRegister(5);
    const model = buildReportModel(
      runChecklist({ people, rules: DEFAULT_READINESS_RULES, today: '2026-07-20' }),
      people,
      'อบต.ทดสอบ',
    );
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      created.push(b as Blob);
      return 'blob:report';
    });
    const clicks: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download });
    });
    await downloadReportDocx(model, 'readiness-2026-07-20.docx');
    expect(clicks).toEqual([{ href: 'blob:report', download: 'readiness-2026-07-20.docx' }]);
    expect(created[0]?.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const bytes = new Uint8Array(await (created[0] as Blob).arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]); // a zip, as every .docx is
    expect(document.querySelectorAll('a')).toHaveLength(0);
  });
});
