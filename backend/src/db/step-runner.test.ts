import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS, freshDatabase, type TestDatabase } from '../test-support/databases';
import { param, prepareQuery } from './prepared';
import { rows, type Steps } from './step-runner';

describe.each(DATABASE_KINDS)('statement steps (%s)', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(kind);
  });
  afterAll(async () => {
    await t.drop();
  });
  const q = () => ({
    set: prepareQuery<{ key: string; value: string }>(
      t.database.db
        .insertInto('settings')
        .values({ key: param('key'), value: param('value') })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: param('value') })),
    ),
    get: prepareQuery<{ key: string }, { value: string }>(
      t.database.db.selectFrom('settings').select('value').where('key', '=', param('key')),
    ),
  });
  const value = async (key: string) => (await t.database.steps.read(() => rows(q().get, { key })))[0]?.value;

  it('a prepared query keeps its constants and fills its named parameters', () => {
    const query = prepareQuery<{ key: string }>(
      t.database.db.updateTable('settings').set({ value: 'fixed' }).where('key', '=', param('key')),
    );
    expect(query.bind({ key: 'k' })).toEqual(['fixed', 'k']);
    expect(() => query.bind({} as { key: string })).toThrow(/missing parameter "key"/);
  });

  it('writes that arrive together each commit or roll back alone, and every caller gets its own answer', async () => {
    const { set } = q();
    const write = (key: string, fail = false) =>
      t.database.steps.write(function* (): Steps<string> {
        yield* rows(set, { key, value: 'written' });
        if (fail) throw new Error(`refused ${key}`);
        return key;
      });
    const results = await Promise.allSettled([write('w1'), write('w2', true), write('w3')]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([
      'w1',
      'refused w2',
      'w3',
    ]);
    expect([await value('w1'), await value('w2'), await value('w3')]).toEqual([
      'written',
      undefined,
      'written',
    ]);
  });

  it('steps never join a Kysely transaction that is still open on the same connection', async () => {
    const { set } = q();
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const outer = t.database.db.transaction().execute(async (trx) => {
      await trx.insertInto('settings').values({ key: 'outer', value: 'pending' }).execute();
      await held;
      throw new Error('outer rolls back');
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const inner = t.database.steps.write(() => rows(set, { key: 'inner', value: 'kept' }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    await expect(outer).rejects.toThrow('outer rolls back');
    await inner;
    expect([await value('outer'), await value('inner')]).toEqual([undefined, 'kept']);
  });
});
