import { FillPerson } from '../../shared/fields/fill-person';
import { displayName } from '../../shared/thai/card-name';
import { normalizeCitizenId } from '../../shared/thai/citizen-id';
import type { DexieSyncStore } from './sync/sync-db';
import type { SyncService } from './sync/sync-service';

/**
 * People filled before, for filling without a card: kept in the encrypted sync store (collection `people`) and shared
 * through the backend with the other PCs of the same อปท. Searching decrypts the list in the background only.
 */
export class PersonCache {
  constructor(
    private readonly store: DexieSyncStore,
    private readonly sync: SyncService,
  ) {}

  async save(person: FillPerson): Promise<void> {
    const clean = FillPerson.parse({ ...person, source: 'cache' });
    await this.sync.edit('people', clean.citizenId, clean);
  }

  /** By citizen ID (dashes, spaces and Thai digits allowed; 4+ leading digits) or by the start of a name word. */
  async search(query: string, limit = 10): Promise<FillPerson[]> {
    const id = normalizeCitizenId(query);
    const byId = /^\d{4,13}$/.test(id);
    const word = query.trim().toLowerCase().split(/\s+/)[0] ?? '';
    const people: FillPerson[] = [];
    for (const record of await this.store.list('people')) {
      const parsed = FillPerson.safeParse(record.data);
      if (!parsed.success) continue;
      const p = parsed.data;
      const words = [
        ...displayName(p.name.th, 'th').split(/\s+/),
        p.name.th.first,
        p.name.th.last,
        p.name.en.first,
        p.name.en.last,
      ]
        .map((w) => w.toLowerCase())
        .filter(Boolean);
      if (byId ? p.citizenId.startsWith(id) : words.some((w) => w.startsWith(word))) people.push(p);
    }
    return people.slice(0, limit);
  }
}
