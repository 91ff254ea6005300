import { AppError } from '../../../shared/errors';
import type {
  RegisterPart,
  RegisterPatch,
  RegisterSource,
  RegisterSummary,
} from '../../../shared/protocol/register-messages';
import { PersonRecord } from '../../../shared/register/person-record';
import type { StaffStatus, StaffType } from '../../../shared/register/staff-type';
import type { LocalRecord } from '../../../shared/sync/sync-engine';
import { normalizeCitizenId } from '../../../shared/thai/citizen-id';
import type { DexieSyncStore } from '../sync/sync-db';
import type { Vault } from '../vault/vault';
import { applyUndo, mergePatch, patchOf, type UndoSnapshot } from './merge-record';
import { RegisterIndex } from './register-index';

/** The part of the sync service the register writes through (each edit is pushed later). */
export interface RegisterSync {
  edit(collection: 'people', id: string, data: Record<string, unknown> | null): Promise<void>;
  schedule(ms: number): void;
}

/** Anti-enumeration: a citizen-ID search needs this many leading digits, a name search this many letters. */
export const MIN_ID_DIGITS = 6;
export const MIN_NAME_CHARS = 2;

const tooShort = () =>
  new AppError(
    'INVALID_MESSAGE',
    `ค้นหาด้วยเลขประจำตัวอย่างน้อย ${MIN_ID_DIGITS} หลัก หรือชื่ออย่างน้อย ${MIN_NAME_CHARS} ตัวอักษร (query too short)`,
  );

/**
 * The staff register (collection `people`): PersonRecords in the officer's vault, merged section by section with
 * provenance, searched through an in-memory index that is built once after unlock and dropped on lock.
 */
export class RegisterStore {
  private index: RegisterIndex | null = null;
  private building: Promise<RegisterIndex> | null = null;

  constructor(
    private readonly store: DexieSyncStore,
    private readonly sync: RegisterSync,
    vault: Vault,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {
    vault.onLock(() => {
      this.index = null;
      this.building = null;
    });
    store.onPut((record) => this.follow(record));
  }

  /** By citizen-ID prefix (dashes, spaces, Thai digits allowed) or by the start of name words. */
  async search(query: string, limit = 10): Promise<RegisterSummary[]> {
    const digits = normalizeCitizenId(query);
    const index = await this.ensureIndex();
    if (/^\d+$/.test(digits)) {
      if (digits.length < MIN_ID_DIGITS) throw tooShort();
      return index.byIdPrefix(digits, limit);
    }
    const words = query.trim().split(/\s+/).filter(Boolean);
    if ((words[0] ?? '').length < MIN_NAME_CHARS) throw tooShort();
    return index.byNameWords(words, limit);
  }

  async get(citizenId: string): Promise<PersonRecord | null> {
    const local = await this.store.get('people', citizenId);
    const parsed = local?.data ? PersonRecord.safeParse(local.data) : null;
    return parsed?.success ? parsed.data : null;
  }

  async save(
    citizenId: string,
    patch: RegisterPatch,
    source: RegisterSource,
  ): Promise<{ citizenId: string; created: boolean; parts: RegisterPart[] }> {
    // One read and two writes: the record (as the sync engine's edit would: dirty, on its base revision, its
    // conflict kept) and the person's undo snapshot.
    const local = await this.store.get('people', citizenId);
    const parsed = local?.data ? PersonRecord.safeParse(local.data) : null;
    const existing = parsed?.success ? parsed.data : null;
    const { record, parts, undo } = mergePatch(existing, citizenId, patch, source, this.now());
    await this.store.put({
      collection: 'people',
      id: citizenId,
      rev: local?.rev ?? 0,
      data: record,
      dirty: true,
      conflict: local?.conflict ?? null,
    });
    this.sync.schedule(1500);
    await this.store.setSealedMeta(`undo/${citizenId}`, undo);
    return { citizenId, created: existing === null, parts };
  }

  /** Whole records (an import chunk), merged like saves, written in one transaction. */
  async bulkImport(records: PersonRecord[]): Promise<{ added: number; updated: number; total: number }> {
    const unique = [...new Map(records.map((r) => [r.citizenId, r])).values()];
    const current = await this.store.bulkGet(
      'people',
      unique.map((r) => r.citizenId),
    );
    const now = this.now();
    let added = 0;
    const writes: LocalRecord[] = unique.map((incoming, i) => {
      const local = current[i];
      const parsed = local?.data ? PersonRecord.safeParse(local.data) : null;
      const existing = parsed?.success ? parsed.data : null;
      if (!existing) added++;
      const { record } = mergePatch(existing, incoming.citizenId, patchOf(incoming), 'import', now);
      return {
        collection: 'people',
        id: incoming.citizenId,
        rev: local?.rev ?? 0,
        data: record,
        dirty: true,
        conflict: local?.conflict ?? null,
      };
    });
    await this.store.bulkPut(writes);
    this.sync.schedule(1500);
    return { added, updated: unique.length - added, total: await this.store.count('people') };
  }

  /** Puts back what the person's last save changed (or removes a person that save created). */
  async undo(citizenId: string): Promise<{ citizenId: string; parts: string[] }> {
    const snapshot = await this.store.sealedMeta<UndoSnapshot | null>(`undo/${citizenId}`);
    if (!snapshot) throw new AppError('NOT_FOUND', 'ไม่มีสิ่งที่ย้อนกลับได้ (nothing to undo)');
    const current = await this.get(citizenId);
    if (snapshot.created) await this.sync.edit('people', citizenId, null);
    else if (current) await this.sync.edit('people', citizenId, applyUndo(current, snapshot));
    await this.store.setSealedMeta(`undo/${citizenId}`, null);
    return { citizenId, parts: Object.keys(snapshot.before) };
  }

  /** Every person of the register, decrypted (the status-change form's retirement list). */
  async all(): Promise<PersonRecord[]> {
    const people: PersonRecord[] = [];
    for (const r of await this.store.list('people')) {
      const parsed = r.data ? PersonRecord.safeParse(r.data) : null;
      if (parsed?.success) people.push(parsed.data);
    }
    return people;
  }

  async list(options: {
    offset: number;
    limit: number;
    staffType?: StaffType | undefined;
    status?: StaffStatus | undefined;
  }): Promise<{ people: RegisterSummary[]; total: number; nextOffset: number | null }> {
    const all = (await this.ensureIndex()).list(
      (s) =>
        (!options.staffType || s.staffType === options.staffType) &&
        (!options.status || s.status === options.status),
    );
    const end = options.offset + options.limit;
    return {
      people: all.slice(options.offset, end),
      total: all.length,
      nextOffset: end < all.length ? end : null,
    };
  }

  /** Decrypts the register once after unlock; later changes move single entries (see follow). */
  private ensureIndex(): Promise<RegisterIndex> {
    if (this.index) return Promise.resolve(this.index);
    this.building ??= (async () => {
      const people: PersonRecord[] = [];
      for (const r of await this.store.list('people')) {
        const parsed = r.data ? PersonRecord.safeParse(r.data) : null;
        if (parsed?.success) people.push(parsed.data);
      }
      this.index = new RegisterIndex(people);
      return this.index;
    })().finally(() => {
      this.building = null;
    });
    return this.building;
  }

  /** Keeps the index in step with every write (saves, imports, pulled records) without decrypting anything. */
  private follow(records: LocalRecord[]): void {
    const index = this.index;
    if (!index) return;
    const people: PersonRecord[] = [];
    for (const record of records) {
      if (record.collection !== 'people') continue;
      const parsed = record.data ? PersonRecord.safeParse(record.data) : null;
      if (parsed?.success) people.push(parsed.data);
      else index.remove(record.id);
    }
    if (people.length > 20) index.upsertMany(people);
    else for (const p of people) index.upsert(p);
  }
}
