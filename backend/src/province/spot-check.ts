import { createHash } from 'node:crypto';
import type { SpotCheckResponse } from '../../../shared/protocol/province';
import { PersonRecord } from '../../../shared/register/person-record';
import { STAFF_TYPE_LABELS, type StaffType } from '../../../shared/register/staff-type';

/**
 * A reproducible random sample for "สุ่มตรวจสอบการบันทึกข้อมูลในเมนูต่างๆ": the same seed and the same register give the
 * same people in the same order on any server, so a second officer can redo the draw. The register is sorted by
 * record id first (the database's row order is not stable), then a seeded shuffle (SHA-256 of seed and อปท. code
 * feeding sfc32) picks the first N.
 */
export function seededRandom(seed: string, org: string): () => number {
  const h = createHash('sha256').update(`${seed}:${org}`).digest();
  let a = h.readUInt32LE(0);
  let b = h.readUInt32LE(4);
  let c = h.readUInt32LE(8);
  let d = h.readUInt32LE(12);
  return () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
}

export function sample<T>(items: readonly T[], n: number, random: () => number): T[] {
  const pool = [...items];
  const k = Math.min(n, pool.length);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool.slice(0, k);
}

function rows(n: number): string {
  return `${n} รายการ (${n} rows)`;
}

/** What the province compares on LHR for one person: each menu and what the register says is there. */
function compareList(p: PersonRecord) {
  const a = p.appointment;
  const items = [
    {
      menu: 'ข้อมูลส่วนบุคคล (personal data)',
      expect: `ชื่อ-สกุล วันเกิด ที่อยู่ตรงกับทะเบียน (name, birth date, address)`,
    },
    {
      menu: 'ตำแหน่งและเงินเดือน (position and salary)',
      expect: `${a.positionTitle || '-'} ${a.level} เลขที่ ${a.positionNo || '-'}; ${rows(p.positions.length)}`,
    },
    { menu: 'ประวัติการศึกษา (education)', expect: rows(p.education.length) },
    { menu: 'เครื่องราชอิสริยาภรณ์ (decorations)', expect: rows(p.decorations.length) },
    { menu: 'การลา (leave)', expect: rows(p.leave.length) },
    { menu: 'การฝึกอบรม (training)', expect: rows(p.training.length) },
    { menu: 'การรับโทษทางวินัย (discipline)', expect: rows(p.discipline.length) },
  ];
  if (p.staffType === 'teacher')
    items.push(
      { menu: 'วิทยฐานะ (academic standing)', expect: rows(p.academicStandings.length) },
      { menu: 'ใบอนุญาตประกอบวิชาชีพ (teaching licence)', expect: rows(p.teachingLicences.length) },
    );
  return items;
}

export function spotCheck(
  org: string,
  people: { id: string; data: string }[],
  seed: string,
  n: number,
): SpotCheckResponse {
  const active = people
    .map((row) => ({ id: row.id, parsed: PersonRecord.safeParse(JSON.parse(row.data)) }))
    .filter((p) => !p.parsed.success || p.parsed.data.appointment.status === 'active')
    .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const picked = sample(active, n, seededRandom(seed, org));
  return {
    orgCode: org,
    seed,
    n,
    population: active.length,
    people: picked.map(({ id, parsed }) => {
      if (!parsed.success)
        return {
          citizenIdTail: id.slice(-4),
          name: '(รูปแบบข้อมูลเดิม — older record format)',
          staffType: '',
          position: '',
          compare: [{ menu: 'ข้อมูลส่วนบุคคล (personal data)', expect: 'ตรวจทั้งระเบียน (check the whole record)' }],
        };
      const p = parsed.data;
      const n = p.name.th;
      const name = [`${n.title}${n.first}`, n.middle, n.last].filter(Boolean).join(' ');
      return {
        citizenIdTail: p.citizenId.slice(-4),
        name,
        staffType: STAFF_TYPE_LABELS[p.staffType as StaffType]?.th ?? p.staffType,
        position: [p.appointment.positionTitle, p.appointment.level].filter(Boolean).join(' '),
        compare: compareList(p),
      };
    }),
  };
}
