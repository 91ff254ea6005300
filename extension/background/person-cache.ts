import Dexie, { type Table } from 'dexie';
import { FillPerson } from '../../shared/fields/fill-person';
import { displayName } from '../../shared/thai/card-name';
import { normalizeCitizenId } from '../../shared/thai/citizen-id';

interface PersonRow {
  citizenId: string;
  /** lower-cased name words, for prefix search */
  nameTokens: string[];
  savedAt: string;
  person: FillPerson;
}

/** People filled before, in the extension's own IndexedDB (never the page's), for filling without a card. */
class PersonDb extends Dexie {
  people!: Table<PersonRow, string>;
  constructor() {
    super('lhr-assist');
    this.version(1).stores({ people: '&citizenId, *nameTokens, savedAt' });
  }
}

const tokens = (p: FillPerson) =>
  [
    ...displayName(p.name.th, 'th').split(/\s+/),
    p.name.th.first,
    p.name.th.last,
    p.name.en.first,
    p.name.en.last,
  ]
    .map((w) => w.toLowerCase())
    .filter(Boolean);

export class PersonCache {
  private readonly db = new PersonDb();

  async save(person: FillPerson, now = new Date()): Promise<void> {
    const clean = FillPerson.parse({ ...person, source: 'cache' });
    await this.db.people.put({
      citizenId: clean.citizenId,
      nameTokens: [...new Set(tokens(clean))],
      savedAt: now.toISOString(),
      person: clean,
    });
  }

  /** By citizen ID (dashes, spaces and Thai digits allowed; a prefix of 4+ digits) or by the start of a name. */
  async search(query: string, limit = 10): Promise<FillPerson[]> {
    const id = normalizeCitizenId(query);
    const rows = /^\d{4,13}$/.test(id)
      ? await this.db.people.where('citizenId').startsWith(id).limit(limit).toArray()
      : await this.db.people
          .where('nameTokens')
          .startsWithIgnoreCase(query.trim().split(/\s+/)[0] ?? '')
          .distinct()
          .limit(limit)
          .toArray();
    return rows.map((r) => r.person);
  }
}
