import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { PositionRow } from '../../shared/register/history-sections';
import { PersonRecord } from '../../shared/register/person-record';
import { SyncEngine } from '../../shared/sync/sync-engine';
import { citizenIdCheckDigit } from '../../shared/thai/citizen-id';
import { benchImport, IMPORT_GOAL_S, importLine } from '../../tools/register/import-bench-run';
import { RegisterStore } from '../background/register/register-store';
import { DexieSyncStore } from '../background/sync/sync-db';
import { MemorySlot } from '../background/vault/memory-slot';
import { Vault } from '../background/vault/vault';

/**
 * The staff register in the extension's encrypted store (the background's own code: vault, blind-indexed AES-GCM
 * rows in IndexedDB — fake-indexeddb here — and the in-memory search index), with 20,000 people:
 * search by name or citizen-ID prefix (goal p95 ≤ 15 ms) and the capture of one page's section (goal ≤ 50 ms).
 *
 * Then the spreadsheet importer's figure (tools/register/import-bench-run.ts: 5,000 rows, goal ≤ 10 s, with a
 * progress bar), so one run prints all three goals.
 */
const PEOPLE = 20_000;
const SEARCHES = 1_000;
const CAPTURES = 200;

let seed = 20_261_202;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const FIRST = [
  'สมชาย',
  'สมหญิง',
  'ประวิทย์',
  'วราภรณ์',
  'กิตติ',
  'ณัฐพล',
  'สุภาพร',
  'อนุชา',
  'พรทิพย์',
  'ธนากร',
  'จิราพร',
  'วิชัย',
];
const LAST = ['ใจดี', 'รักเรียน', 'มีสุข', 'ศรีสวัสดิ์', 'บุญมา', 'แก้วมณี', 'ทองดี', 'สายสุวรรณ', 'พรหมมา', 'จันทร์เพ็ญ'];

function citizenId(i: number): string {
  const first12 = `3${String(5_000_000_000 + i * 7919).padStart(11, '0')}`.slice(0, 12);
  return first12 + citizenIdCheckDigit(first12);
}

function person(i: number): PersonRecord {
  return PersonRecord.parse({
    citizenId: citizenId(i),
    staffType: pick([
      'civil-servant',
      'teacher',
      'permanent-employee',
      'mission-employee',
      'general-employee',
    ]),
    name: {
      th: { title: 'นาย', first: `${pick(FIRST)}${i % 97}`, middle: '', last: `${pick(LAST)}${i % 89}` },
      en: { title: 'Mr.', first: `Name${i}`, middle: '', last: `Family${i % 500}` },
    },
    birthDate: { year: 2500 + (i % 40), month: 1 + (i % 12), day: 1 + (i % 28) },
    positions: Array.from({ length: 5 }, (_, k) =>
      PositionRow.parse({
        positionTitle: 'นักทรัพยากรบุคคล',
        level: `ชำนาญการ ${k}`,
        salary: 20_000 + k * 1_000,
      }),
    ),
  });
}

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
};
const verdict = (ok: boolean) => (ok ? 'MET' : 'MISSED');

async function main() {
  const vault = new Vault(new MemorySlot());
  const tag = `bench${Date.now()}`;
  let t = performance.now();
  await vault.openAtLogin(tag, 'officer-password');
  const createMs = performance.now() - t;
  const store = new DexieSyncStore(vault);
  const offline = async (): Promise<never> => {
    throw new Error('offline');
  };
  const engine = new SyncEngine(store, { push: offline, pull: offline });
  const register = new RegisterStore(store, { edit: engine.edit.bind(engine), schedule: () => {} }, vault);

  t = performance.now();
  for (let start = 0; start < PEOPLE; start += 1000)
    await register.bulkImport(Array.from({ length: 1000 }, (_, k) => person(start + k)));
  const importMs = performance.now() - t;

  // A fresh unlock: the index is built once from the sealed rows, then searches never decrypt.
  vault.lock();
  t = performance.now();
  await vault.unlock(tag, 'officer-password');
  const unlockMs = performance.now() - t;
  t = performance.now();
  await register.search('สมชาย');
  const indexMs = performance.now() - t;

  const nameTimes: number[] = [];
  const idTimes: number[] = [];
  let hits = 0;
  for (let i = 0; i < SEARCHES; i++) {
    const byId = i % 2 === 1;
    const query = byId
      ? citizenId(Math.floor(random() * PEOPLE)).slice(0, 6 + (i % 7))
      : pick(FIRST).slice(0, 2 + (i % 3));
    const started = performance.now();
    hits += (await register.search(query)).length;
    (byId ? idTimes : nameTimes).push(performance.now() - started);
  }

  const captureTimes: number[] = [];
  for (let i = 0; i < CAPTURES; i++) {
    const id = citizenId(Math.floor(random() * PEOPLE));
    const rows = Array.from({ length: 12 }, (_, k) =>
      PositionRow.parse({ positionTitle: 'นักทรัพยากรบุคคล', level: `ระดับ ${k}`, salary: 18_000 + k * 900 + i }),
    );
    const started = performance.now();
    await register.save(id, { positions: rows }, 'capture');
    captureTimes.push(performance.now() - started);
  }
  await vault.wipe(tag);

  const search95 = Math.max(pct(nameTimes, 95), pct(idTimes, 95));
  const capture95 = pct(captureTimes, 95);
  console.log(
    `LHR Assist register store benchmark (${PEOPLE.toLocaleString('en')} people, Node WebCrypto + fake-indexeddb)`,
  );
  console.log(
    `vault: create at login ${createMs.toFixed(0)} ms, unlock ${unlockMs.toFixed(0)} ms (PBKDF2 600,000)`,
  );
  console.log(
    `store bulk import (20 chunks of 1,000, encrypted): ${importMs.toFixed(0)} ms; index build after unlock: ${indexMs.toFixed(0)} ms`,
  );
  console.log(
    `search by name prefix: p50 ${pct(nameTimes, 50).toFixed(2)} ms, p95 ${pct(nameTimes, 95).toFixed(2)} ms; ` +
      `by citizen-ID prefix: p50 ${pct(idTimes, 50).toFixed(2)} ms, p95 ${pct(idTimes, 95).toFixed(2)} ms ` +
      `(${SEARCHES} searches, ${hits} matches) (goal p95 ≤ 15 ms): ${verdict(search95 <= 15)}`,
  );
  console.log(
    `capture of one page's section (12 position rows): p50 ${pct(captureTimes, 50).toFixed(1)} ms, p95 ${capture95.toFixed(1)} ms (goal ≤ 50 ms): ${verdict(capture95 <= 50)}`,
  );
  const imported = await benchImport();
  console.log(importLine(imported));
  console.log(
    `summary: search p95 ${search95.toFixed(2)} ms (≤ 15) ${verdict(search95 <= 15)} · import ${imported.seconds.toFixed(2)} s (≤ ${IMPORT_GOAL_S}) ${verdict(imported.met)} · capture p95 ${capture95.toFixed(1)} ms (≤ 50) ${verdict(capture95 <= 50)}`,
  );
}

await main();
