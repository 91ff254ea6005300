import { type Kysely, type Migration, type MigrationProvider, Migrator, PostgresAdapter, sql } from 'kysely';
import { provinceMigration } from '../province/province-migration';
import { provinceStreamsMigration } from '../province/province-streams-migration';
import { spotCheckDrawsMigration } from '../province/spot-check-draws';

const migrations: Record<string, Migration> = {
  '0001-initial': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('orgs')
        .addColumn('code', 'varchar(7)', (c) => c.primaryKey())
        .addColumn('type', 'varchar(40)', (c) => c.notNull())
        .addColumn('name', 'varchar(200)', (c) => c.notNull())
        .addColumn('province_code', 'varchar(2)', (c) => c.notNull())
        .addColumn('amphoe_code', 'varchar(4)', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('users')
        .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
        .addColumn('username', 'varchar(100)', (c) => c.notNull().unique())
        .addColumn('password_hash', 'varchar(300)', (c) => c.notNull())
        .addColumn('role', 'varchar(20)', (c) => c.notNull())
        .addColumn('org_code', 'varchar(7)', (c) => c.references('orgs.code'))
        .addColumn('province_code', 'varchar(2)')
        .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('refresh_tokens')
        .addColumn('token_hash', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('user_id', 'varchar(40)', (c) => c.notNull().references('users.id'))
        .addColumn('family_id', 'varchar(40)', (c) => c.notNull())
        .addColumn('expires_at', 'varchar(40)', (c) => c.notNull())
        .addColumn('used_at', 'varchar(40)')
        .addColumn('revoked_at', 'varchar(40)')
        .execute();
      await db.schema.createIndex('refresh_tokens_family').on('refresh_tokens').column('family_id').execute();
      await db.schema
        .createTable('sync_streams')
        .addColumn('org_code', 'varchar(7)', (c) => c.primaryKey())
        .addColumn('next_seq', 'bigint', (c) => c.notNull())
        .addColumn('purged_seq', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('records')
        .addColumn('org_code', 'varchar(7)', (c) => c.notNull())
        .addColumn('collection', 'varchar(20)', (c) => c.notNull())
        .addColumn('record_id', 'varchar(200)', (c) => c.notNull())
        .addColumn('rev', 'integer', (c) => c.notNull())
        .addColumn('seq', 'bigint', (c) => c.notNull())
        .addColumn('deleted', 'integer', (c) => c.notNull())
        .addColumn('data', 'text')
        .addColumn('updated_at', 'varchar(40)', (c) => c.notNull())
        .addColumn('updated_by', 'varchar(40)', (c) => c.notNull())
        .addPrimaryKeyConstraint('records_pk', ['org_code', 'collection', 'record_id'])
        .execute();
      await db.schema
        .createIndex('records_pull')
        .on('records')
        .columns(['org_code', 'collection', 'seq'])
        .execute();
      await db.schema
        .createTable('push_log')
        .addColumn('org_code', 'varchar(7)', (c) => c.notNull())
        .addColumn('idempotency_key', 'varchar(64)', (c) => c.notNull())
        .addColumn('response', 'text', (c) => c.notNull())
        .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
        .addPrimaryKeyConstraint('push_log_pk', ['org_code', 'idempotency_key'])
        .execute();
      await db.schema
        .createTable('devices')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('org_code', 'varchar(7)', (c) => c.notNull())
        .addColumn('user_id', 'varchar(40)', (c) => c.notNull())
        .addColumn('registered_at', 'varchar(40)', (c) => c.notNull())
        .addColumn('last_seen', 'varchar(40)', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('audit_events')
        .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
        .addColumn('org_code', 'varchar(7)', (c) => c.notNull())
        .addColumn('device_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('time', 'varchar(40)', (c) => c.notNull())
        .addColumn('event', 'varchar(50)', (c) => c.notNull())
        .addColumn('details', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('settings')
        .addColumn('key', 'varchar(100)', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
  },
  /**
   * Idempotency keys belong to one user and one request body: the stored answer is replayed only to the same user
   * for the same changes. Stored answers are disposable (forgotten after 30 days anyway), so the table is remade; a
   * client retrying across the upgrade gets conflicts, never a second application.
   */
  '0002-push-log-per-user': {
    async up(db: Kysely<unknown>) {
      await db.schema.dropTable('push_log').execute();
      await db.schema
        .createTable('push_log')
        .addColumn('org_code', 'varchar(7)', (c) => c.notNull())
        .addColumn('user_id', 'varchar(40)', (c) => c.notNull())
        .addColumn('idempotency_key', 'varchar(64)', (c) => c.notNull())
        .addColumn('request_hash', 'varchar(64)', (c) => c.notNull())
        .addColumn('response', 'text', (c) => c.notNull())
        .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
        .addPrimaryKeyConstraint('push_log_pk', ['org_code', 'user_id', 'idempotency_key'])
        .execute();
      await db.schema.createIndex('push_log_age').on('push_log').column('created_at').execute();
    },
  },
  /** Per-account login backoff (auth/login-throttle.ts), shared by every backend process. */
  '0003-login-failures': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('login_failures')
        .addColumn('username', 'varchar(100)', (c) => c.primaryKey())
        .addColumn('failures', 'integer', (c) => c.notNull())
        .addColumn('last_failed_at', 'varchar(40)', (c) => c.notNull())
        .addColumn('locked_until', 'varchar(40)')
        .execute();
    },
  },
  /**
   * The audit trail records who uploaded each event and is append-only: the database itself refuses UPDATE and
   * DELETE (and TRUNCATE on PostgreSQL) of its rows, whoever asks.
   */
  '0004-audit-append-only': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('audit_events')
        .addColumn('uploaded_by', 'varchar(40)', (c) => c.notNull().defaultTo(''))
        .execute();
      await db.schema
        .alterTable('audit_events')
        .addColumn('received_at', 'varchar(40)', (c) => c.notNull().defaultTo(''))
        .execute();
      if (db.getExecutor().adapter instanceof PostgresAdapter) {
        await sql`CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN RAISE EXCEPTION 'audit_events is append-only'; END $$`.execute(db);
        await sql`CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
          FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`.execute(db);
        await sql`CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
          FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`.execute(db);
      } else {
        for (const change of ['UPDATE', 'DELETE'])
          await sql`CREATE TRIGGER ${sql.raw(`audit_events_no_${change.toLowerCase()}`)} BEFORE ${sql.raw(change)}
            ON audit_events BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END`.execute(db);
      }
    },
  },
  '0005-province-summaries': provinceMigration,
  '0006-spot-check-draws': spotCheckDrawsMigration,
  /** province streams `*NN` (sync scope `province`) are not อปท.: no `org_activity` row for them */
  '0007-province-streams': provinceStreamsMigration,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the schema up to date; run at every start (migrations are idempotent by name). */
export async function migrate(db: Kysely<unknown>): Promise<void> {
  const { error } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) throw error;
}
