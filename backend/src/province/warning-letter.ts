import { AlignmentType, Document, Packer, Paragraph, type ParagraphChild, TabStopType, TextRun } from 'docx';
import type { LetterTemplate, OrgSummary } from '../../../shared/protocol/province';
import { asciiToThaiDigits } from '../../../shared/thai/digits';
import { formatThaiDate } from '../../../shared/thai/thai-date-format';
import { fill } from './letter-template';

/** Thai official letters: TH Sarabun (PSK) 16 pt, body paragraphs indented 2.5 cm on the first line. */
const FONT = 'TH SarabunPSK';
const SIZE = 32;
const CM = 567;

/** `๖ มีนาคม ๒๕๖๘` for an ISO date. */
export function thaiLongDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return formatThaiDate({ year: (y ?? 0) + 543, month: m ?? null, day: d ?? null }, 'long', 'thai') ?? iso;
}

function run(text: string, bold = false): TextRun {
  return new TextRun({ text, bold, font: { name: FONT, cs: FONT }, size: SIZE, sizeComplexScript: SIZE });
}

function line(
  children: ParagraphChild[] | string,
  options: Partial<ConstructorParameters<typeof Paragraph>[0] & object> = {},
) {
  return new Paragraph({
    children: typeof children === 'string' ? [run(children)] : children,
    ...(options as object),
  });
}

const HEADS: Record<string, { head: string; prefixes: string[] }> = {
  sao: { head: 'นายกองค์การบริหารส่วนตำบล', prefixes: ['องค์การบริหารส่วนตำบล', 'อบต.'] },
  'subdistrict-municipality': { head: 'นายกเทศมนตรีตำบล', prefixes: ['เทศบาลตำบล', 'ทต.'] },
  'town-municipality': { head: 'นายกเทศมนตรีเมือง', prefixes: ['เทศบาลเมือง', 'ทม.'] },
  'city-municipality': { head: 'นายกเทศมนตรีนคร', prefixes: ['เทศบาลนคร', 'ทน.'] },
  pao: { head: 'นายกองค์การบริหารส่วนจังหวัด', prefixes: ['องค์การบริหารส่วนจังหวัด', 'อบจ.'] },
};

/** Who a letter is addressed to: `อบต.บ้านใหม่` → `นายกองค์การบริหารส่วนตำบลบ้านใหม่`, `ทต.…` → `นายกเทศมนตรีตำบล…`. */
export function headOf(name: string, type: string): string {
  const known = HEADS[type];
  if (!known) return `ผู้บริหาร${name}`;
  const prefix = known.prefixes.find((p) => name.startsWith(p));
  return `${known.head}${prefix ? name.slice(prefix.length).trim() : name}`;
}

/** The figures a letter quotes, in Thai digits. */
export function letterValues(org: OrgSummary): Record<string, string> {
  const open = Object.entries(org.openItems).reduce((sum, [, n]) => sum + n, 0);
  return {
    orgName: org.name,
    head: headOf(org.name, org.type),
    orgCode: asciiToThaiDigits(org.code),
    deadline: org.deadline ? thaiLongDate(org.deadline) : '........',
    daysOverdue: asciiToThaiDigits(String(Math.max(0, -(org.daysLeft ?? 0)))),
    completeness:
      org.completeness === null
        ? '-'
        : asciiToThaiDigits((Math.floor(org.completeness * 1000) / 10).toString()),
    peopleTotal: asciiToThaiDigits(String(org.peopleTotal)),
    openItems: asciiToThaiDigits(String(open)),
  };
}

function letter(template: LetterTemplate, org: OrgSummary, today: Date) {
  const values = letterValues(org);
  const f = (text: string) => fill(text, values);
  const right = { alignment: AlignmentType.RIGHT };
  const signature = { indent: { left: 9 * CM }, alignment: AlignmentType.CENTER };
  return {
    properties: { page: { margin: { top: 2.5 * CM, bottom: 2 * CM, left: 3 * CM, right: 2 * CM } } },
    children: [
      line([run('ที่ '), run(f(template.refNo))]),
      ...template.officeLines.map((text) => line(f(text), right)),
      line(asciiToThaiDigits(thaiLongDate(today.toISOString())), {
        indent: { left: 8 * CM },
        spacing: { before: 240 },
      }),
      line([run('เรื่อง', true), run(`  ${f(template.subject)}`)], { spacing: { before: 240 } }),
      line([run('เรียน', true), run(`  ${f(template.salutation)}`)], { spacing: { before: 240 } }),
      ...(template.reference
        ? [line([run('อ้างถึง', true), run(`  ${f(template.reference)}`)], { spacing: { before: 240 } })]
        : []),
      ...template.body.map((text) =>
        line(f(text), {
          indent: { firstLine: 2.5 * CM },
          alignment: AlignmentType.THAI_DISTRIBUTE,
          spacing: { before: 240 },
        }),
      ),
      line(f(template.closing), { ...signature, spacing: { before: 480 } }),
      line(f(template.signerName), { ...signature, spacing: { before: 960 } }),
      ...template.signerTitleLines.map((text) => line(f(text), signature)),
      ...template.contactLines.map((text, i) =>
        line(
          f(text),
          i === 0 ? { spacing: { before: 720 }, tabStops: [{ type: TabStopType.LEFT, position: 0 }] } : {},
        ),
      ),
    ],
  };
}

/** One .docx with a letter (its own section, so its own page) for each อปท. */
export async function warningLetters(
  template: LetterTemplate,
  orgs: OrgSummary[],
  today: Date,
): Promise<Buffer> {
  const doc = new Document({
    creator: 'LHR Assist',
    title: 'หนังสือแจ้งเตือน (warning letters)',
    styles: { default: { document: { run: { font: { name: FONT, cs: FONT }, size: SIZE } } } },
    sections: orgs.map((org) => letter(template, org, today)),
  });
  return Packer.toBuffer(doc);
}
