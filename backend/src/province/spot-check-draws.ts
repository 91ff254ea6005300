import type { Kysely, Migration } from 'kysely';
import type { DB } from '../db/schema';

/**
 * A record of spot-check draws (seed 002 step 5: "สุ่มตรวจสอบการบันทึกข้อมูลในเมนูต่างๆ" before "รับรองระดับจังหวัด"), so
 * the extension can tell the province officer on the LHR page whether a list was drawn for this อปท. at all. Only the
 * อปท. code, seed, size, time and who drew it: the list itself is reproducible from the seed and is not kept.
 */
export const spotCheckDrawsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('spot_check_draws')
      .addColumn('org_code', 'varchar(7)', (c) => c.notNull())
      .addColumn('seed', 'varchar(40)', (c) => c.notNull())
      .addColumn('n', 'integer', (c) => c.notNull())
      .addColumn('population', 'integer', (c) => c.notNull())
      .addColumn('drawn_at', 'varchar(40)', (c) => c.notNull())
      .addColumn('drawn_by', 'varchar(40)', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('spot_check_draws_org')
      .on('spot_check_draws')
      .columns(['org_code', 'drawn_at'])
      .execute();
  },
};

export interface SpotCheckDraw {
  seed: string;
  n: number;
  population: number;
  drawnAt: string;
}

/** Draws kept per อปท.; older ones beyond this are not listed (the newest matter before certifying). */
const LISTED = 20;

export async function recordDraw(
  db: Kysely<DB>,
  draw: SpotCheckDraw & { orgCode: string; drawnBy: string },
): Promise<void> {
  await db
    .insertInto('spot_check_draws')
    .values({
      org_code: draw.orgCode,
      seed: draw.seed,
      n: draw.n,
      population: draw.population,
      drawn_at: draw.drawnAt,
      drawn_by: draw.drawnBy,
    })
    .execute();
}

/** The newest draws for one อปท., newest first. */
export async function loadDraws(db: Kysely<DB>, orgCode: string): Promise<SpotCheckDraw[]> {
  const rows = await db
    .selectFrom('spot_check_draws')
    .select(['seed', 'n', 'population', 'drawn_at'])
    .where('org_code', '=', orgCode)
    .orderBy('drawn_at', 'desc')
    .limit(LISTED)
    .execute();
  return rows.map((r) => ({ seed: r.seed, n: r.n, population: r.population, drawnAt: r.drawn_at }));
}
