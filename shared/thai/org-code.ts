/** อปท. types encoded in the first digit of the 7-digit DLA code (รหัส อปท.). */
export const ORG_TYPES = {
  '2': { id: 'pao', th: 'องค์การบริหารส่วนจังหวัด', short: 'อบจ.' },
  '3': { id: 'city-municipality', th: 'เทศบาลนคร', short: 'ทน.' },
  '4': { id: 'town-municipality', th: 'เทศบาลเมือง', short: 'ทม.' },
  '5': { id: 'subdistrict-municipality', th: 'เทศบาลตำบล', short: 'ทต.' },
  '6': { id: 'sao', th: 'องค์การบริหารส่วนตำบล', short: 'อบต.' },
} as const;

export type OrgTypeDigit = keyof typeof ORG_TYPES;
export type OrgType = (typeof ORG_TYPES)[OrgTypeDigit]['id'];

/** A decoded DLA code `T PPAA NN`: type, DOPA province (PP) and amphoe (PPAA) of the office, running number. */
export interface OrgCode {
  code: string;
  type: OrgType;
  typeNameTh: string;
  provinceCode: string;
  amphoeCode: string;
  running: string;
}

/** Decodes a 7-digit DLA code (an 8-digit form zero-padded in front is accepted); null when it is not one. */
export function parseOrgCode(input: string): OrgCode | null {
  const text = input.trim();
  const code = /^0\d{7}$/.test(text) ? text.slice(1) : text;
  const m = /^([2-6])(\d{2})(\d{2})(\d{2})$/.exec(code);
  if (!m?.[1] || !m[2] || !m[3] || !m[4]) return null;
  const province = Number(m[2]);
  if (province < 10 || province > 96 || m[3] === '00') return null;
  const type = ORG_TYPES[m[1] as OrgTypeDigit];
  return {
    code,
    type: type.id,
    typeNameTh: type.th,
    provinceCode: m[2],
    amphoeCode: `${m[2]}${m[3]}`,
    running: m[4],
  };
}
