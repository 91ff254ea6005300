import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncStore } from '../sync/sync-store';
import { freshDatabase, type TestDatabase } from '../test-support/databases';
import { createUser, importRegistry } from './admin';

describe('admin CLI', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase('sqlite');
  });
  afterAll(async () => {
    await t.drop();
  });

  it('imports a (synthetic) DLA registry CSV with Thai headers, reporting bad rows without stopping', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'lhr-registry-')), 'registry.csv');
    writeFileSync(
      file,
      '\uFEFFรหัส อปท.,ประเภท อปท.,อปท.,จังหวัด,อำเภอ\n6500101,อบต.,อบต.ทดสอบหนึ่ง,เชียงใหม่,เมืองเชียงใหม่\n5570801,เทศบาลตำบล,ทต.ทดสอบ,เชียงราย,เชียงแสน\n999,อบต.,ผิดรูปแบบ,,\n6500101,อบต.,อบต.ทดสอบหนึ่ง (ชื่อใหม่),เชียงใหม่,เมืองเชียงใหม่\n',
    );
    const result = await importRegistry(t.database.db, file);
    expect(result).toEqual({ imported: 3, skipped: ['row 4: code "999"'] });
    // The national `orgs` stream holds the registry for the extension's type-ahead; a re-import writes only changes.
    const store = new SyncStore(t.database.db);
    const admin = { userId: 'admin', role: 'admin', orgCode: null, provinceCode: null } as const;
    const pulled = await store.pull(admin, { collection: 'orgs', cursor: 0, limit: 100 });
    expect(
      pulled.records.map((r) => r.data).sort((a, b) => String(a?.code).localeCompare(String(b?.code))),
    ).toEqual([
      {
        code: '5570801',
        type: 'subdistrict-municipality',
        name: 'ทต.ทดสอบ',
        amphoe: 'เชียงแสน',
        province: 'เชียงราย',
      },
      {
        code: '6500101',
        type: 'sao',
        name: 'อบต.ทดสอบหนึ่ง (ชื่อใหม่)',
        amphoe: 'เมืองเชียงใหม่',
        province: 'เชียงใหม่',
      },
    ]);
    await importRegistry(t.database.db, file);
    const again = await store.pull(admin, { collection: 'orgs', cursor: pulled.cursor, limit: 100 });
    expect(again.records).toEqual([]);
    const orgs = await t.database.db.selectFrom('orgs').selectAll().orderBy('code').execute();
    expect(orgs).toEqual([
      {
        code: '5570801',
        type: 'subdistrict-municipality',
        name: 'ทต.ทดสอบ',
        province_code: '57',
        amphoe_code: '5708',
      },
      {
        code: '6500101',
        type: 'sao',
        name: 'อบต.ทดสอบหนึ่ง (ชื่อใหม่)',
        province_code: '50',
        amphoe_code: '5001',
      },
    ]);
  });

  it('refuses users without their scope and short passwords', async () => {
    await expect(
      createUser(t.database.db, { username: 'x', password: 'long-enough', role: 'officer' }),
    ).rejects.toMatchObject({ code: 'INVALID_MESSAGE' });
    await expect(
      createUser(t.database.db, {
        username: 'y',
        password: 'long-enough',
        role: 'supervisor',
        province: '5',
      }),
    ).rejects.toMatchObject({ code: 'INVALID_MESSAGE' });
    await expect(
      createUser(t.database.db, { username: 'z', password: 'short', role: 'admin' }),
    ).rejects.toMatchObject({ code: 'INVALID_MESSAGE' });
    expect(
      await createUser(t.database.db, {
        username: 'ok',
        password: 'long-enough',
        role: 'officer',
        org: '6500101',
      }),
    ).toMatch(/-/);
  });
});
