import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { EducationRow } from '../../../shared/register/history-sections';
import { PersonRecord } from '../../../shared/register/person-record';
import { SyncEngine } from '../../../shared/sync/sync-engine';
import { DexieSyncStore } from '../sync/sync-db';
import { MemorySlot } from '../vault/memory-slot';
import { Vault } from '../vault/vault';
import { RegisterStore } from './register-store';

const name = (first: string, last: string) => ({
  th: { title: 'นาย', first, middle: '', last },
  en: { title: 'Mr.', first: '', middle: '', last: '' },
});
const A = '1101700207030';
const B = '3100600123452';
const identity = {
  name: name('สมชาย', 'ใจดี'),
  birthDate: { year: 2530, month: 1, day: 15 },
  sex: 'male' as const,
};
const education = [EducationRow.parse({ institution: 'มหาวิทยาลัยขอนแก่น', degree: 'ปริญญาตรี' })];

let tagN = 0;
async function openRegister() {
  const vault = new Vault(new MemorySlot(), { iterations: 1000 });
  await vault.openAtLogin(`reg${++tagN}${Date.now()}`, 'pw');
  const store = new DexieSyncStore(vault);
  const engine = new SyncEngine(store, { push: async () => never(), pull: async () => never() });
  const sync = { edit: engine.edit.bind(engine), schedule: () => {} };
  let clock = 0;
  const register = new RegisterStore(
    store,
    sync,
    vault,
    () => `2026-01-01T00:00:${String(clock++).padStart(2, '0')}Z`,
  );
  return { vault, store, register };
}
const never = (): never => {
  throw new Error('offline');
};

describe('the register store (issue 10 item 7)', () => {
  it('a card fills the identity of an existing person without wiping the history; provenance per section', async () => {
    const { register } = await openRegister();
    await register.save(A, { staffType: 'civil-servant', identity, education }, 'import');
    const card = { ...identity, name: name('สมชาย', 'ใจงาม') };
    expect(await register.save(A, { identity: card }, 'card')).toEqual({
      citizenId: A,
      created: false,
      parts: ['identity'],
    });
    const record = (await register.get(A)) as PersonRecord;
    expect(record.name.th.last).toBe('ใจงาม');
    expect(record.education).toHaveLength(1);
    expect(record.provenance.sections).toEqual({
      staffType: 'import',
      identity: 'card',
      education: 'import',
    });
  });

  it('a new person needs a staff type and a name', async () => {
    const { register } = await openRegister();
    await expect(register.save(A, { education }, 'capture')).rejects.toMatchObject({
      code: 'INVALID_MESSAGE',
    });
  });

  it('searches by name-word prefix and citizen-ID prefix, with minimum lengths against enumeration', async () => {
    const { register } = await openRegister();
    await register.save(A, { staffType: 'teacher', identity }, 'manual');
    await register.save(
      B,
      { staffType: 'teacher', identity: { ...identity, name: name('สมหญิง', 'รักเรียน') } },
      'manual',
    );
    expect((await register.search('สม')).map((s) => s.citizenId).sort()).toEqual([A, B].sort());
    expect((await register.search('สม ใจ')).map((s) => s.citizenId)).toEqual([A]);
    expect((await register.search('รักเ')).map((s) => s.citizenId)).toEqual([B]);
    expect((await register.search('1-1017-00')).map((s) => s.citizenId)).toEqual([A]);
    expect((await register.search('๑๑๐๑๗๐')).map((s) => s.citizenId)).toEqual([A]);
    await expect(register.search('1101')).rejects.toMatchObject({ code: 'INVALID_MESSAGE' });
    await expect(register.search('ส')).rejects.toMatchObject({ code: 'INVALID_MESSAGE' });
  });

  it('undo puts back what the last capture changed, or removes a person it created', async () => {
    const { register } = await openRegister();
    await register.save(A, { staffType: 'teacher', identity, education }, 'import');
    await register.save(A, { education: [] }, 'capture');
    expect((await register.get(A))?.education).toEqual([]);
    expect(await register.undo(A)).toEqual({ citizenId: A, parts: ['education'] });
    const back = (await register.get(A)) as PersonRecord;
    expect(back.education).toHaveLength(1);
    expect(back.provenance.sections.education).toBe('import');
    await expect(register.undo(A)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await register.save(
      B,
      { staffType: 'teacher', identity: { ...identity, name: name('มานี', 'มีนา') } },
      'capture',
    );
    await register.undo(B);
    expect(await register.get(B)).toBeNull();
    expect(await register.search('มานี')).toEqual([]);
  });

  it('imports in bulk: new and existing people, an import never wipes captured history', async () => {
    const { register } = await openRegister();
    await register.save(A, { staffType: 'teacher', identity, education }, 'capture');
    const rows = Array.from({ length: 300 }, (_, i) =>
      PersonRecord.parse({
        citizenId: i === 0 ? A : String(2_000_000_000_000 + i),
        staffType: 'general-employee',
        name: name(`คน${i}`, 'ทดสอบ'),
      }),
    );
    expect(await register.bulkImport(rows)).toEqual({ added: 299, updated: 1, total: 300 });
    expect((await register.get(A))?.education).toHaveLength(1);
    expect((await register.get(A))?.staffType).toBe('general-employee');
    expect((await register.search('คน29')).length).toBe(10);
    const page = await register.list({ offset: 0, limit: 100, staffType: 'general-employee' });
    expect(page.total).toBe(300);
    expect(page.nextOffset).toBe(100);
    expect((await register.list({ offset: 200, limit: 100 })).nextOffset).toBeNull();
  });

  it('follows pulled records and forgets everything on lock', async () => {
    const { register, store, vault } = await openRegister();
    await register.save(A, { staffType: 'teacher', identity }, 'manual');
    expect(await register.search('สมชาย')).toHaveLength(1);
    const pulled = PersonRecord.parse({ citizenId: B, staffType: 'teacher', name: name('มานี', 'มีนา') });
    await store.put({ collection: 'people', id: B, rev: 3, data: pulled, dirty: false, conflict: null });
    expect((await register.search('มานี')).map((s) => s.citizenId)).toEqual([B]);
    vault.lock();
    await expect(register.search('สมชาย')).rejects.toMatchObject({ code: 'LOCKED' });
    await expect(register.get(A)).rejects.toMatchObject({ code: 'LOCKED' });
  });
});
