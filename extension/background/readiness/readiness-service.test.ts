import { afterEach, describe, expect, it, vi } from 'vitest';
import { samplePerson } from '../../../shared/readiness/sample-register';
import type { LocalRecord } from '../../../shared/sync/sync-engine';
import { ReadinessService, thaiToday } from './readiness-service';

/** The store and sync as the service sees them: records in a map, every edit written and told to listeners. */
function fakes(people: unknown[]) {
  const records = new Map<string, LocalRecord>();
  const listeners: Array<(r: LocalRecord[]) => void> = [];
  const put = (collection: string, id: string, data: unknown) => {
    const record = { collection, id, rev: 0, data, dirty: true, conflict: null } as LocalRecord;
    records.set(`${collection}/${id}`, record);
    for (const l of listeners) l([record]);
  };
  for (const p of people) put('people', (p as { citizenId: string }).citizenId, p);
  const store = {
    list: async (c: string) => [...records.values()].filter((r) => r.collection === c),
    get: async (c: string, id: string) => records.get(`${c}/${id}`),
    onPut: (l: (r: LocalRecord[]) => void) => listeners.push(l),
  };
  const edits: Array<{ collection: string; id: string; data: Record<string, unknown> }> = [];
  const sync = {
    edit: async (collection: 'readiness' | 'plans', id: string, data: Record<string, unknown>) => {
      edits.push({ collection, id, data });
      put(collection, id, data);
    },
  };
  let ack: string | null = null;
  const ackStore = {
    get: async () => ack,
    set: async (at: string | null) => {
      ack = at;
    },
  };
  return { store, sync, edits, ackStore, put };
}

const NOW = new Date('2026-07-20T03:00:00.000Z');
afterEach(() => vi.useRealTimers());

describe('the readiness checklist in the background', () => {
  it('checks the register with the plan, pushes readiness/latest with counts and codes only', async () => {
    const people = [samplePerson(1), samplePerson(5, { education: [] })];
    const f = fakes(people);
    const service = new ReadinessService(
      f.store as never,
      f.sync,
      async () => '6500101',
      f.ackStore,
      () => NOW,
    );
    await service.setPlan({ 'civil-servant': 2 });
    const view = await service.check();
    expect(view.plan).toEqual({ 'civil-servant': 2 });
    expect(view.model.people.map((p) => p.codes)).toEqual([['MISSING_SECTION']]);
    expect(view.model.officeItems).toHaveLength(1); // one civil servant of two planned
    const latest = f.edits.findLast((e) => e.id === 'latest')?.data;
    expect(latest).toMatchObject({ orgCode: '6500101', peopleTotal: 2, peopleComplete: 1 });
    expect(latest?.findings).toMatchObject({ MISSING_SECTION: 1, COUNT_BELOW_PLAN: 1 });
    const json = JSON.stringify(latest);
    for (const p of people) {
      expect(json).not.toContain(p.citizenId);
      expect(json).not.toContain(p.name.th.first);
    }
  });

  it('records certify-anyway, then freezes the certified copy once per certification', async () => {
    const f = fakes([samplePerson(5, { education: [] })]);
    const service = new ReadinessService(
      f.store as never,
      f.sync,
      async () => '6500101',
      f.ackStore,
      () => NOW,
    );
    const view = await service.acknowledge();
    expect(view.acknowledgedAt).toBe(NOW.toISOString());
    expect(f.edits.find((e) => e.id.startsWith('acknowledged-'))?.data).toMatchObject({
      certifiedAnyway: true,
      certifiedAt: null,
    });
    await service.certified('2026-07-20T03:05:00.000Z');
    await service.certified('2026-07-20T03:05:00.000Z');
    const copies = f.edits.filter((e) => e.id.startsWith('certified-'));
    expect(copies).toHaveLength(1);
    expect(copies[0]?.data).toMatchObject({ certifiedAt: '2026-07-20T03:05:00.000Z', certifiedAnyway: true });
    expect(await f.ackStore.get()).toBeNull();
  });

  it('recomputes the synced report after register changes settle; nothing is pushed without an อปท.', async () => {
    vi.useFakeTimers();
    const f = fakes([]);
    let org: string | null = null;
    new ReadinessService(
      f.store as never,
      f.sync,
      async () => org,
      f.ackStore,
      () => NOW,
      1000,
    );
    f.put('people', samplePerson(1).citizenId, samplePerson(1));
    await vi.advanceTimersByTimeAsync(1500);
    expect(f.edits).toEqual([]);
    org = '6500101';
    f.put('people', samplePerson(2).citizenId, samplePerson(2));
    f.put('people', samplePerson(3).citizenId, samplePerson(3));
    await vi.advanceTimersByTimeAsync(999);
    expect(f.edits).toEqual([]);
    await vi.advanceTimersByTimeAsync(10);
    expect(f.edits.map((e) => e.id)).toEqual(['latest']);
    expect(f.edits[0]?.data).toMatchObject({ peopleTotal: 3 });
  });

  it('takes today in Thailand (UTC+7)', () => {
    expect(thaiToday(new Date('2026-07-19T17:00:00.000Z'))).toBe('2026-07-20');
    expect(thaiToday(new Date('2026-07-19T16:59:59.000Z'))).toBe('2026-07-19');
  });
});
