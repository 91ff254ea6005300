import type { RegisterSummary } from '../../../shared/protocol/register-messages';
import type { PersonRecord } from '../../../shared/register/person-record';

/** Lower-cased NFC word; the index and the queries go through the same function. */
export const normWord = (w: string) => w.normalize('NFC').trim().toLowerCase();

const ID_MARK = '#';

function termsOf(r: PersonRecord): string[] {
  const words = [
    r.name.th.first,
    r.name.th.middle,
    r.name.th.last,
    r.name.en.first,
    r.name.en.middle,
    r.name.en.last,
  ]
    .flatMap((part) => part.split(/\s+/))
    .map(normWord)
    .filter(Boolean);
  return [...new Set([...words, ID_MARK + r.citizenId])];
}

export function summaryOf(r: PersonRecord): RegisterSummary {
  return {
    citizenId: r.citizenId,
    staffType: r.staffType,
    status: r.appointment.status,
    name: r.name.th,
    updatedAt: r.provenance.updatedAt,
    listedInLhr: r.provenance.listedInLhrAt !== '',
  };
}

/**
 * The register's search index, in memory only while the vault is open (built once from the decrypted records,
 * dropped on lock): one sorted array of normalised terms — name words and `#citizenId` — with the person each
 * belongs to. A prefix search is a binary search plus a short scan, so no record is decrypted per search.
 */
export class RegisterIndex {
  private terms: string[] = [];
  private ids: string[] = [];
  private readonly summaries = new Map<string, RegisterSummary>();
  private readonly termsById = new Map<string, string[]>();
  private sortedByName: RegisterSummary[] | null = null;
  private static readonly collator = new Intl.Collator('th');

  constructor(records: Iterable<PersonRecord> = []) {
    this.upsertMany(records);
  }

  get size(): number {
    return this.summaries.size;
  }

  /**
   * Adds or replaces people; one re-sort for the whole batch (imports of thousands). A person twice in one batch (a
   * spreadsheet with a repeated row) is indexed as his last version only, as the store keeps it.
   */
  upsertMany(records: Iterable<PersonRecord>): void {
    const latest = new Map<string, PersonRecord>();
    for (const r of records) latest.set(r.citizenId, r);
    const changed = new Set<string>();
    const pairs: Array<[string, string]> = [];
    for (const r of latest.values()) {
      changed.add(r.citizenId);
      const terms = termsOf(r);
      this.termsById.set(r.citizenId, terms);
      this.summaries.set(r.citizenId, summaryOf(r));
      for (const t of terms) pairs.push([t, r.citizenId]);
    }
    if (changed.size === 0) return;
    for (let i = 0; i < this.terms.length; i++) {
      const id = this.ids[i] as string;
      if (!changed.has(id)) pairs.push([this.terms[i] as string, id]);
    }
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.terms = pairs.map((p) => p[0]);
    this.ids = pairs.map((p) => p[1]);
    this.sortedByName = null;
  }

  /** One person changed (a save, a pulled record): moves only that person's entries. */
  upsert(record: PersonRecord): void {
    this.remove(record.citizenId);
    const terms = termsOf(record);
    this.termsById.set(record.citizenId, terms);
    this.summaries.set(record.citizenId, summaryOf(record));
    for (const t of terms) {
      const at = this.lowerBound(t);
      this.terms.splice(at, 0, t);
      this.ids.splice(at, 0, record.citizenId);
    }
    this.sortedByName = null;
  }

  remove(citizenId: string): void {
    const old = this.termsById.get(citizenId);
    if (!old) return;
    for (const t of old) {
      for (let i = this.lowerBound(t); i < this.terms.length && this.terms[i] === t; i++) {
        if (this.ids[i] === citizenId) {
          this.terms.splice(i, 1);
          this.ids.splice(i, 1);
          break;
        }
      }
    }
    this.termsById.delete(citizenId);
    this.summaries.delete(citizenId);
    this.sortedByName = null;
  }

  /** People whose citizen ID starts with `digits`. */
  byIdPrefix(digits: string, limit: number): RegisterSummary[] {
    return this.scan([ID_MARK + digits], limit);
  }

  /** People with a name word starting with each of `words` (all must match, e.g. first and last name). */
  byNameWords(words: string[], limit: number): RegisterSummary[] {
    return this.scan(words.map(normWord).filter(Boolean), limit);
  }

  get(citizenId: string): RegisterSummary | undefined {
    return this.summaries.get(citizenId);
  }

  /** Everyone, in Thai name order (for the paged list), filtered. */
  list(filter: (s: RegisterSummary) => boolean): RegisterSummary[] {
    this.sortedByName ??= [...this.summaries.values()].sort(
      (a, b) =>
        RegisterIndex.collator.compare(`${a.name.first} ${a.name.last}`, `${b.name.first} ${b.name.last}`) ||
        (a.citizenId < b.citizenId ? -1 : 1),
    );
    return this.sortedByName.filter(filter);
  }

  private scan(prefixes: string[], limit: number): RegisterSummary[] {
    const [first, ...rest] = prefixes;
    if (first === undefined) return [];
    const out: RegisterSummary[] = [];
    const seen = new Set<string>();
    for (
      let i = this.lowerBound(first);
      i < this.terms.length && (this.terms[i] as string).startsWith(first);
      i++
    ) {
      const id = this.ids[i] as string;
      if (seen.has(id)) continue;
      seen.add(id);
      const terms = this.termsById.get(id) ?? [];
      if (!rest.every((p) => terms.some((t) => t.startsWith(p)))) continue;
      const summary = this.summaries.get(id);
      if (summary) out.push(summary);
      if (out.length >= limit) break;
    }
    return out;
  }

  private lowerBound(term: string): number {
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.terms[mid] as string) < term) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
