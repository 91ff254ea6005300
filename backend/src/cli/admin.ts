import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Kysely } from 'kysely';
import { AppError } from '../../../shared/errors';
import type { OrgRecord } from '../../../shared/forms/org-record';
import { Role } from '../../../shared/protocol/sync';
import { parseOrgCode } from '../../../shared/thai/org-code';
import { hashPassword } from '../auth/passwords';
import type { DB } from '../db/schema';
import { publishNational } from '../sync/publish-national';

/** Creates or updates one อปท. from its 7-digit DLA code (type and amphoe come from the code). */
export async function upsertOrg(db: Kysely<DB>, code: string, name: string): Promise<void> {
  const org = parseOrgCode(code);
  if (!org) throw new AppError('INVALID_MESSAGE', `รหัส อปท. ไม่ถูกต้อง: ${code}`);
  const row = { type: org.type, name, province_code: org.provinceCode, amphoe_code: org.amphoeCode };
  await db
    .insertInto('orgs')
    .values({ code: org.code, ...row })
    .onConflict((oc) => oc.column('code').doUpdateSet(row))
    .execute();
}

export async function createUser(
  db: Kysely<DB>,
  input: { username: string; password: string; role: string; org?: string; province?: string },
): Promise<string> {
  const role = Role.parse(input.role);
  if (role === 'officer' && !input.org)
    throw new AppError('INVALID_MESSAGE', 'an officer needs --org <7-digit code>');
  if (role === 'supervisor' && !/^\d{2}$/.test(input.province ?? ''))
    throw new AppError('INVALID_MESSAGE', 'a supervisor needs --province <2-digit code>');
  if (input.password.length < 8)
    throw new AppError('INVALID_MESSAGE', 'password must have at least 8 characters');
  const id = randomUUID();
  await db
    .insertInto('users')
    .values({
      id,
      username: input.username,
      password_hash: await hashPassword(input.password),
      role,
      org_code: role === 'officer' ? (input.org ?? null) : null,
      province_code:
        role === 'supervisor'
          ? (input.province ?? null)
          : role === 'officer'
            ? (parseOrgCode(input.org ?? '')?.provinceCode ?? null)
            : null,
      created_at: new Date().toISOString(),
    })
    .execute();
  return id;
}

/**
 * Imports the DLA อปท. registry CSV (columns: code, type, name, province, amphoe — Thai or English headers).
 * Bad rows are reported and skipped; nothing half-imported: each row is one upsert.
 */
export async function importRegistry(
  db: Kysely<DB>,
  file: string,
): Promise<{ imported: number; skipped: string[] }> {
  const rows = parseCsv(readFileSync(file), {
    columns: true,
    skip_empty_lines: true,
    bom: true,
    trim: true,
  }) as Record<string, string>[];
  const pick = (row: Record<string, string>, ...keys: string[]) =>
    keys.map((k) => row[k]).find((v) => v !== undefined && v !== '') ?? '';
  let imported = 0;
  const skipped: string[] = [];
  const published = new Map<string, OrgRecord>();
  for (const [i, row] of rows.entries()) {
    const code = pick(row, 'code', 'รหัส อปท.', 'รหัสอปท');
    const name = pick(row, 'name', 'อปท.', 'ชื่อ อปท.');
    try {
      await upsertOrg(db, code, name);
      imported++;
      const org = parseOrgCode(code);
      if (org)
        published.set(org.code, {
          code: org.code,
          type: org.type,
          name,
          amphoe: pick(row, 'amphoe', 'อำเภอ').slice(0, 100),
          province: pick(row, 'province', 'จังหวัด').slice(0, 100),
        });
    } catch {
      skipped.push(`row ${i + 2}: code "${code}"`);
    }
  }
  // The extension's target-อปท. type-ahead (transfer order) reads the registry from the national `orgs` stream.
  const records = [...published.values()].map((o) => ({ id: o.code, data: { ...o } }));
  await publishNational(db, 'orgs', records, 'admin-cli');
  return { imported, skipped };
}
