import { type Kysely, type Migration, PostgresAdapter, sql } from 'kysely';
import { ACTIVITY } from './province-migration';

/**
 * Province streams (`*NN`, backend/src/sync/scope.ts) are not an อปท.: `org_activity` ("when did this อปท. last
 * sync") must not get a row for them. Its triggers skipped only the national stream `*`; from now on every stream
 * key starting with `*` is skipped. SQLite: the two small triggers are remade with the new condition. PostgreSQL:
 * the activity write lives inside the one `province_summaries()` function, so rather than restate that function a
 * guard on `org_activity` drops such rows (a BEFORE trigger returning NULL skips the row, the upsert included).
 */
export const provinceStreamsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    if (db.getExecutor().adapter instanceof PostgresAdapter) {
      await sql`CREATE FUNCTION org_activity_orgs_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF left(NEW.org_code, 1) = '*' THEN
            RETURN NULL;
          END IF;
          RETURN NEW;
        END $$`.execute(db);
      await sql`CREATE TRIGGER org_activity_orgs_only BEFORE INSERT OR UPDATE ON org_activity
        FOR EACH ROW EXECUTE FUNCTION org_activity_orgs_only()`.execute(db);
    } else {
      for (const op of ['INSERT', 'UPDATE']) {
        await sql.raw(`DROP TRIGGER IF EXISTS org_activity_${op}`).execute(db);
        await sql
          .raw(`CREATE TRIGGER org_activity_${op} AFTER ${op} ON records
            WHEN substr(NEW.org_code, 1, 1) <> '*' BEGIN ${ACTIVITY}; END`)
          .execute(db);
      }
    }
    await sql`DELETE FROM org_activity WHERE org_code LIKE '*%'`.execute(db);
  },
};
