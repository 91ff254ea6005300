import type { Kysely } from 'kysely';
import { createUser, upsertOrg } from '../cli/admin';
import type { DB } from '../db/schema';

/** A small synthetic registry: two อปท. in เชียงใหม่ (50), one in ลำพูน (51); users of every role. */
export async function seed(db: Kysely<DB>): Promise<void> {
  await upsertOrg(db, '6500101', 'อบต.ทดสอบหนึ่ง');
  await upsertOrg(db, '5500102', 'เทศบาลตำบลทดสอบสอง');
  await upsertOrg(db, '6510401', 'อบต.ทดสอบลำพูน');
  await createUser(db, { username: 'officer-a', password: 'password-a1', role: 'officer', org: '6500101' });
  await createUser(db, { username: 'officer-a2', password: 'password-a2', role: 'officer', org: '6500101' });
  await createUser(db, { username: 'officer-b', password: 'password-b1', role: 'officer', org: '5500102' });
  await createUser(db, {
    username: 'officer-lamphun',
    password: 'password-l1',
    role: 'officer',
    org: '6510401',
  });
  await createUser(db, {
    username: 'supervisor-cm',
    password: 'password-s1',
    role: 'supervisor',
    province: '50',
  });
  await createUser(db, { username: 'admin', password: 'password-ad', role: 'admin' });
}

export const PASSWORDS: Record<string, string> = {
  'officer-a': 'password-a1',
  'officer-a2': 'password-a2',
  'officer-b': 'password-b1',
  'officer-lamphun': 'password-l1',
  'supervisor-cm': 'password-s1',
  admin: 'password-ad',
};
