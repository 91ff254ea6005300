import { type Kysely, type Migration, PostgresAdapter, sql } from 'kysely';

/**
 * Tables behind the province dashboard. Two are kept by triggers on `records`, so the sync code stays untouched and
 * no write can skip them: `people_counts` (active people per อปท. and staff type — counting 600,000 JSON records per
 * request would not fit the 1 s goal) and `readiness_history` (every version of every readiness report, for the
 * progress chart: the synced `latest` record is overwritten), and `org_readiness` (each อปท.'s latest report and
 * latest certified copy, so the national list joins 7,850 small rows instead of probing `records`), and
 * `org_activity` (when each อปท. last synced anything; written at most once a minute per อปท., so a burst of pushes
 * costs one index lookup per record, not one row update).
 */
export const provinceMigration: Migration = {
  async up(db: Kysely<unknown>) {
    const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
    await db.schema
      .createTable('people_counts')
      .addColumn('org_code', 'varchar(7)', (c) => c.notNull())
      .addColumn('staff_type', 'varchar(40)', (c) => c.notNull())
      .addColumn('n', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('people_counts_pk', ['org_code', 'staff_type'])
      .execute();
    await db.schema
      .createTable('readiness_history')
      .addColumn('org_code', 'varchar(7)', (c) => c.notNull())
      .addColumn('record_id', 'varchar(200)', (c) => c.notNull())
      .addColumn('rev', 'integer', (c) => c.notNull())
      .addColumn('generated_at', 'varchar(40)', (c) => c.notNull())
      .addColumn('people_total', 'integer', (c) => c.notNull())
      .addColumn('people_complete', 'integer', (c) => c.notNull())
      .addColumn('certified_at', 'varchar(40)')
      .addPrimaryKeyConstraint('readiness_history_pk', ['org_code', 'record_id', 'rev'])
      .execute();
    await db.schema
      .createTable('org_readiness')
      .addColumn('org_code', 'varchar(7)', (c) => c.primaryKey())
      .addColumn('latest', 'text')
      .addColumn('certified_id', 'varchar(200)')
      .addColumn('certified', 'text')
      .execute();
    await db.schema
      .createTable('org_activity')
      .addColumn('org_code', 'varchar(7)', (c) => c.primaryKey())
      .addColumn('last_at', 'varchar(40)', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('web_sessions')
      .addColumn('id_hash', 'varchar(64)', (c) => c.primaryKey())
      .addColumn('user_id', 'varchar(40)', (c) => c.notNull())
      .addColumn('csrf', 'varchar(64)', (c) => c.notNull())
      .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
      .addColumn('expires_at', 'varchar(40)', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('letter_templates')
      .addColumn('province_code', 'varchar(2)', (c) => c.primaryKey())
      .addColumn('template', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'varchar(40)', (c) => c.notNull())
      .addColumn('updated_by', 'varchar(40)', (c) => c.notNull())
      .execute();
    const statements = postgres ? [...POSTGRES, ...BACKFILL_POSTGRES] : [...SQLITE, ...BACKFILL_SQLITE];
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};

/** Reports synced before this migration: the latest and the newest certified copy of each อปท. */
const BACKFILL = `INSERT INTO org_readiness (org_code, latest, certified_id, certified)
  SELECT o.code,
    (SELECT data FROM records r WHERE r.org_code = o.code AND r.collection = 'readiness' AND r.record_id = 'latest'),
    (SELECT MAX(record_id) FROM records r WHERE r.org_code = o.code AND r.collection = 'readiness' AND r.deleted = 0
      AND r.record_id LIKE 'certified-%'),
    (SELECT data FROM records r WHERE r.org_code = o.code AND r.collection = 'readiness' AND r.deleted = 0
      AND r.record_id LIKE 'certified-%' ORDER BY r.record_id DESC LIMIT 1)
  FROM (SELECT DISTINCT org_code AS code FROM records WHERE collection = 'readiness') o`;

const ACTIVE_SQLITE = (row: string) =>
  `${row}.collection = 'people' AND ${row}.deleted = 0 AND COALESCE(json_extract(${row}.data, '$.appointment.status'), 'active') = 'active'`;
const TYPE_SQLITE = (row: string) => `COALESCE(json_extract(${row}.data, '$.staffType'), '')`;
const HISTORY_SQLITE = `INSERT OR REPLACE INTO readiness_history VALUES (NEW.org_code, NEW.record_id, NEW.rev,
    COALESCE(json_extract(NEW.data, '$.generatedAt'), NEW.updated_at), COALESCE(json_extract(NEW.data, '$.peopleTotal'), 0),
    COALESCE(json_extract(NEW.data, '$.peopleComplete'), 0), json_extract(NEW.data, '$.certifiedAt'))`;

const LATEST = () => `INSERT INTO org_readiness (org_code, latest) VALUES (NEW.org_code, NEW.data)
    ON CONFLICT (org_code) DO UPDATE SET latest = excluded.latest`;
const CERTIFIED = (table: string) => `INSERT INTO org_readiness (org_code, certified_id, certified)
    VALUES (NEW.org_code, NEW.record_id, NEW.data) ON CONFLICT (org_code) DO UPDATE
    SET certified_id = excluded.certified_id, certified = excluded.certified
    WHERE ${table}.certified_id IS NULL OR excluded.certified_id > ${table}.certified_id`;

export const ACTIVITY = `INSERT INTO org_activity VALUES (NEW.org_code, NEW.updated_at) ON CONFLICT (org_code) DO UPDATE
    SET last_at = excluded.last_at WHERE substr(org_activity.last_at, 1, 16) < substr(excluded.last_at, 1, 16)`;
const ACTIVITY_BACKFILL = `INSERT INTO org_activity SELECT org_code, MAX(updated_at) FROM records
  WHERE org_code <> '*' GROUP BY org_code`;

const SQLITE = [
  `CREATE TRIGGER people_counts_insert AFTER INSERT ON records WHEN ${ACTIVE_SQLITE('NEW')} BEGIN
    INSERT INTO people_counts VALUES (NEW.org_code, ${TYPE_SQLITE('NEW')}, 1)
    ON CONFLICT (org_code, staff_type) DO UPDATE SET n = n + 1; END`,
  `CREATE TRIGGER people_counts_update_old AFTER UPDATE ON records WHEN ${ACTIVE_SQLITE('OLD')} BEGIN
    UPDATE people_counts SET n = n - 1 WHERE org_code = OLD.org_code AND staff_type = ${TYPE_SQLITE('OLD')}; END`,
  `CREATE TRIGGER people_counts_update_new AFTER UPDATE ON records WHEN ${ACTIVE_SQLITE('NEW')} BEGIN
    INSERT INTO people_counts VALUES (NEW.org_code, ${TYPE_SQLITE('NEW')}, 1)
    ON CONFLICT (org_code, staff_type) DO UPDATE SET n = n + 1; END`,
  `CREATE TRIGGER people_counts_delete AFTER DELETE ON records WHEN ${ACTIVE_SQLITE('OLD')} BEGIN
    UPDATE people_counts SET n = n - 1 WHERE org_code = OLD.org_code AND staff_type = ${TYPE_SQLITE('OLD')}; END`,
  `CREATE TRIGGER readiness_history_insert AFTER INSERT ON records
    WHEN NEW.collection = 'readiness' AND NEW.deleted = 0 BEGIN ${HISTORY_SQLITE}; END`,
  `CREATE TRIGGER readiness_history_update AFTER UPDATE ON records
    WHEN NEW.collection = 'readiness' AND NEW.deleted = 0 BEGIN ${HISTORY_SQLITE}; END`,
  ...['INSERT', 'UPDATE'].flatMap((op) => [
    `CREATE TRIGGER org_readiness_latest_${op} AFTER ${op} ON records
      WHEN NEW.collection = 'readiness' AND NEW.record_id = 'latest' BEGIN ${LATEST()}; END`,
    `CREATE TRIGGER org_readiness_certified_${op} AFTER ${op} ON records
      WHEN NEW.collection = 'readiness' AND NEW.deleted = 0 AND NEW.record_id LIKE 'certified-%'
      BEGIN ${CERTIFIED('org_readiness')}; END`,
  ]),
  ...['INSERT', 'UPDATE'].map(
    (op) => `CREATE TRIGGER org_activity_${op} AFTER ${op} ON records
      WHEN NEW.org_code <> '*' BEGIN ${ACTIVITY}; END`,
  ),
];

/** What the triggers would have kept, rebuilt from `records` (rows synced before the migration). */
export const BACKFILL_SQLITE = [
  `INSERT INTO people_counts SELECT org_code, ${TYPE_SQLITE('records')}, COUNT(*) FROM records
    WHERE ${ACTIVE_SQLITE('records')} GROUP BY 1, 2`,
  BACKFILL,
  ACTIVITY_BACKFILL,
  `INSERT INTO readiness_history SELECT org_code, record_id, rev,
    COALESCE(json_extract(data, '$.generatedAt'), updated_at), COALESCE(json_extract(data, '$.peopleTotal'), 0),
    COALESCE(json_extract(data, '$.peopleComplete'), 0), json_extract(data, '$.certifiedAt')
    FROM records WHERE collection = 'readiness' AND deleted = 0`,
];

const ACTIVE_PG = (row: string) =>
  `${row}.collection = 'people' AND ${row}.deleted = 0 AND COALESCE(${row}.data::json #>> '{appointment,status}', 'active') = 'active'`;
const TYPE_PG = (row: string) => `COALESCE(${row}.data::json ->> 'staffType', '')`;

const POSTGRES = [
  // Each record's JSON is parsed once per row (a people write is the hot path of a register import).
  `CREATE FUNCTION province_summaries() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE j json;
  BEGIN
    IF TG_OP <> 'INSERT' AND OLD.collection = 'people' AND OLD.deleted = 0 THEN
      j := OLD.data::json;
      IF COALESCE(j #>> '{appointment,status}', 'active') = 'active' THEN
        UPDATE people_counts SET n = n - 1 WHERE org_code = OLD.org_code AND staff_type = COALESCE(j ->> 'staffType', '');
      END IF;
    END IF;
    IF TG_OP = 'DELETE' THEN
      RETURN NULL;
    END IF;
    IF NEW.org_code <> '*' THEN
      ${ACTIVITY};
    END IF;
    IF NEW.collection = 'people' AND NEW.deleted = 0 THEN
      j := NEW.data::json;
      IF COALESCE(j #>> '{appointment,status}', 'active') = 'active' THEN
        INSERT INTO people_counts VALUES (NEW.org_code, COALESCE(j ->> 'staffType', ''), 1)
        ON CONFLICT (org_code, staff_type) DO UPDATE SET n = people_counts.n + 1;
      END IF;
    ELSIF NEW.collection = 'readiness' THEN
      IF NEW.record_id = 'latest' THEN
        ${LATEST()};
      END IF;
      IF NEW.deleted = 0 THEN
        IF NEW.record_id LIKE 'certified-%' THEN
          ${CERTIFIED('org_readiness')};
        END IF;
        j := NEW.data::json;
        INSERT INTO readiness_history VALUES (NEW.org_code, NEW.record_id, NEW.rev,
          COALESCE(j ->> 'generatedAt', NEW.updated_at), COALESCE((j ->> 'peopleTotal')::int, 0),
          COALESCE((j ->> 'peopleComplete')::int, 0), j ->> 'certifiedAt')
        ON CONFLICT DO NOTHING;
      END IF;
    END IF;
    RETURN NULL;
  END $$`,
  `CREATE TRIGGER province_summaries AFTER INSERT OR UPDATE OR DELETE ON records
    FOR EACH ROW EXECUTE FUNCTION province_summaries()`,
];

export const BACKFILL_POSTGRES = [
  `INSERT INTO people_counts SELECT org_code, ${TYPE_PG('records')}, COUNT(*) FROM records
    WHERE ${ACTIVE_PG('records')} GROUP BY 1, 2`,
  BACKFILL,
  ACTIVITY_BACKFILL,
  `INSERT INTO readiness_history SELECT org_code, record_id, rev,
    COALESCE(data::json ->> 'generatedAt', updated_at), COALESCE((data::json ->> 'peopleTotal')::int, 0),
    COALESCE((data::json ->> 'peopleComplete')::int, 0), data::json ->> 'certifiedAt'
    FROM records WHERE collection = 'readiness' AND deleted = 0`,
];
