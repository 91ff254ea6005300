// npm run bench:province — the province dashboard and its API on PostgreSQL at national scale: 7,850 อปท. and
// 600,000 person records in a throwaway database (TEST_POSTGRES_URL / the lhr_test role). Prints the seeding time,
// p95 of the national view (admin, goal ≤ 1 s) and of one province of 200 อปท. (supervisor, goal ≤ 200 ms).
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { createApp } from '../src/app';
import { createUser } from '../src/cli/admin';
import { openDatabase } from '../src/db/database';
import { createBackendLogger } from '../src/log';
import { freshDatabase } from '../src/test-support/databases';

const ORGS = 7850;
const PEOPLE = 600_000;
const BIG_PROVINCE = '50';
const BIG_PROVINCE_ORGS = 200;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);

const started = performance.now();
// BENCH_KEEP=1 keeps the seeded database and prints its URL; BENCH_DATABASE_URL=… measures one kept before.
const reuse = process.env.BENCH_DATABASE_URL;
const test = reuse
  ? { database: await openDatabase(reuse), url: reuse, drop: async () => {} }
  : await freshDatabase('postgres');
const { db } = test.database;

/** 7,850 codes: 200 in province 50, the rest spread over 76 other provinces (type digit, province, amphoe, running). */
function orgCodes(): { code: string; province: string; amphoe: string; type: string }[] {
  const provinces = Array.from({ length: 87 }, (_, i) => String(10 + i))
    .filter((p) => p !== BIG_PROVINCE)
    .slice(0, 76);
  const types = ['6', '5', '4', '3', '2'];
  const typeIds: Record<string, string> = {
    '6': 'sao',
    '5': 'subdistrict-municipality',
    '4': 'town-municipality',
    '3': 'city-municipality',
    '2': 'pao',
  };
  const out: { code: string; province: string; amphoe: string; type: string }[] = [];
  const add = (province: string, i: number) => {
    const amphoe = String(1 + Math.floor(i / 20)).padStart(2, '0');
    const digit = types[i % 13 === 0 ? i % 5 : 0] as string;
    out.push({
      code: `${digit}${province}${amphoe}${String(1 + (i % 20)).padStart(2, '0')}`,
      province,
      amphoe: `${province}${amphoe}`,
      type: typeIds[digit] as string,
    });
  };
  for (let i = 0; i < BIG_PROVINCE_ORGS; i++) add(BIG_PROVINCE, i);
  for (let i = 0; out.length < ORGS; i++)
    add(provinces[i % provinces.length] as string, Math.floor(i / provinces.length));
  return out;
}

async function seed(): Promise<void> {
  // An autovacuum worker started by the bulk load belongs to the server, and DROP DATABASE … FORCE may not end it
  // for the lhr_test role: keep it off this throwaway database (ANALYZE below gives the planner its statistics).
  for (const table of [
    'orgs',
    'records',
    'people_counts',
    'org_readiness',
    'org_activity',
    'readiness_history',
  ])
    await sql`ALTER TABLE ${sql.table(table)} SET (autovacuum_enabled = off)`.execute(db);
  const orgs = orgCodes();
  for (let i = 0; i < orgs.length; i += 1000)
    await db
      .insertInto('orgs')
      .values(
        orgs.slice(i, i + 1000).map((o, j) => ({
          code: o.code,
          type: o.type,
          name: `อปท.ทดสอบที่ ${i + j + 1}`,
          province_code: o.province,
          amphoe_code: o.amphoe,
        })),
      )
      .execute();
  // People: ~76 per อปท. (600,000 in all), about 1 KB of JSON each, 5 % retired; the triggers keep the counts.
  await sql`
    INSERT INTO records (org_code, collection, record_id, rev, seq, deleted, data, updated_at, updated_by)
    SELECT o.code, 'people', lpad((o.rn * 1000 + i)::text, 13, '9'), 1, i, 0,
      json_build_object(
        'schemaVersion', 1, 'citizenId', lpad((o.rn * 1000 + i)::text, 13, '9'),
        'staffType', (ARRAY['civil-servant','teacher','permanent-employee','mission-employee','general-employee'])[1 + i % 5],
        'name', json_build_object('th', json_build_object('title', 'นาย', 'first', 'สมชาย' || i, 'middle', '', 'last', 'ใจดีมาก'),
                                  'en', json_build_object('title', 'Mr.', 'first', 'Somchai', 'middle', '', 'last', 'Jaidee')),
        'birthDate', json_build_object('year', 2510 + i % 30, 'month', 1 + i % 12, 'day', 1 + i % 28),
        'address', json_build_object('houseNo', i::text, 'moo', '3', 'village', '', 'soi', '', 'road', 'สุขุมวิท',
          'subdistrict', 'ตำบลทดสอบ', 'district', 'อำเภอทดสอบ', 'province', 'จังหวัดทดสอบ', 'postcode', '50000'),
        'appointment', json_build_object('positionTitle', 'นักทรัพยากรบุคคล', 'level', 'ปฏิบัติการ', 'positionNo', i::text,
          'status', CASE WHEN i % 20 = 0 THEN 'retired' ELSE 'active' END),
        'education', json_build_array(json_build_object('institution', 'มหาวิทยาลัยเชียงใหม่', 'degree', 'ปริญญาตรี', 'major', 'รัฐศาสตร์')),
        'positions', json_build_array(json_build_object('positionTitle', 'นักทรัพยากรบุคคล', 'level', 'ปฏิบัติการ', 'salary', 15000 + i))
      )::text,
      to_char(now() - (i % 60) * interval '1 day', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'bench'
    FROM (SELECT code, row_number() OVER (ORDER BY code) AS rn FROM orgs) o
    CROSS JOIN LATERAL generate_series(1, ${Math.floor(PEOPLE / ORGS)} + CASE WHEN o.rn <= ${PEOPLE % ORGS} THEN 1 ELSE 0 END) AS i
  `.execute(db);
  // Readiness: a latest report for 90 % of them, a certified copy for a third, deadlines either side of today.
  await sql`
    INSERT INTO records (org_code, collection, record_id, rev, seq, deleted, data, updated_at, updated_by)
    SELECT o.code, 'readiness', r.id, 1, 100000, 0,
      json_build_object('schemaVersion', 1, 'orgCode', o.code, 'generatedAt', to_char(now() - (o.rn % 40) * interval '1 day', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
        'fiscalYear', 2569, 'rulesVersion', 'rules-1',
        'counts', json_build_array(
          json_build_object('staffType', 'civil-servant', 'planned', 16, 'recorded', 15, 'complete', 10, 'inLhrList', 15),
          json_build_object('staffType', 'teacher', 'planned', 15, 'recorded', 15, 'complete', 12, 'inLhrList', 15),
          json_build_object('staffType', 'general-employee', 'planned', 15, 'recorded', 15, 'complete', 15, 'inLhrList', 14)),
        'findings', json_build_object('REQUIRED_EMPTY', o.rn % 7, 'MISSING_SECTION', o.rn % 3, 'COUNT_BELOW_PLAN', 1, 'DATE_ORDER', 0),
        'peopleTotal', 76, 'peopleComplete', 40 + o.rn % 37,
        'deadline', to_char(now() + ((o.rn % 60) - 20) * interval '1 day', 'YYYY-MM-DD'), 'daysLeft', (o.rn % 60) - 20,
        'lpaScore', CASE WHEN o.rn % 3 = 0 THEN 5 ELSE 0 END,
        'certifiedAt', CASE WHEN r.id = 'latest' THEN NULL ELSE to_char(now() - interval '2 days', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') END,
        'certifiedAnyway', false)::text,
      to_char(now(), 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'bench'
    FROM (SELECT code, row_number() OVER (ORDER BY code) AS rn FROM orgs) o
    CROSS JOIN LATERAL (VALUES ('latest'), ('certified-' || to_char(now(), 'YYYY-MM-DD'))) AS r(id)
    WHERE o.rn % 10 <> 0 AND (r.id = 'latest' OR o.rn % 3 = 0)
  `.execute(db);
  // Report history: ten earlier versions per อปท. over the last 60 days (the progress chart reads these).
  await sql`
    INSERT INTO readiness_history
    SELECT o.code, 'latest', 1 + v, to_char(now() - (60 - v * 6) * interval '1 day', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 76, 20 + v * 4, NULL
    FROM orgs o CROSS JOIN generate_series(1, 10) AS v
    ON CONFLICT DO NOTHING
  `.execute(db);
  await sql`ANALYZE`.execute(db);
}

if (!reuse) {
  await seed();
  await createUser(db, { username: 'bench-admin', password: 'bench-password', role: 'admin' });
  await createUser(db, {
    username: 'bench-supervisor',
    password: 'bench-password',
    role: 'supervisor',
    province: BIG_PROVINCE,
  });
}
const seeded = performance.now();
const app = createApp({
  database: test.database,
  jwtSecret: new TextEncoder().encode('bench-secret-0123456789'),
  log: createBackendLogger(undefined, 'silent'),
  limits: { perMinute: 1_000_000, loginPerMinute: 1_000 },
});
const server = app.listen(0, '127.0.0.1');
await new Promise<void>((resolve) => server.once('listening', () => resolve()));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

async function token(username: string): Promise<string> {
  const res = await fetch(`${base}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'bench-password' }),
  });
  return ((await res.json()) as { accessToken: string }).accessToken;
}

/** A dashboard session cookie, through the login form as a browser does it. */
async function session(username: string): Promise<string> {
  const form = await fetch(`${base}/province/login`);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
  const loginCookie = (form.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const res = await fetch(`${base}/province/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: loginCookie },
    body: new URLSearchParams({ _csrf: csrf, username, password: 'bench-password' }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('lhr_province='));
  if (!cookie) throw new Error(`dashboard sign-in failed: ${res.status}`);
  return cookie.split(';')[0] ?? '';
}

async function p95(path: string, headers: Record<string, string>): Promise<{ p95: number; bytes: number }> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < ROUNDS + 3; i++) {
    const t0 = performance.now();
    const res = await fetch(`${base}${path}`, { headers });
    const body = await res.arrayBuffer();
    if (!res.ok) throw new Error(`${path}: ${res.status}`);
    bytes = body.byteLength;
    if (i >= 3) times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p95: times[Math.ceil(times.length * 0.95) - 1] ?? Number.NaN, bytes };
}

/** The database may still be busy for a moment after the last request; try a few times before giving up. */
async function dropWithRetry(): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await test.drop();
      return;
    } catch (error) {
      if (attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 3000));
    }
  }
}

try {
  const admin = { authorization: `Bearer ${await token('bench-admin')}` };
  const supervisor = { authorization: `Bearer ${await token('bench-supervisor')}` };
  const adminPage = { cookie: await session('bench-admin') };
  const supervisorPage = { cookie: await session('bench-supervisor') };
  const [oneOrg] = (
    await db.selectFrom('orgs').select('code').where('province_code', '=', BIG_PROVINCE).limit(1).execute()
  ).map((o) => o.code);
  const checks: [string, string, Record<string, string>, number][] = [
    ['national: API list (all 7,850 summarised, first 500 sent)', '/v1/province/orgs', admin, 1000],
    [
      'national: API list sorted by completeness',
      '/v1/province/orgs?sort=completeness&dir=desc',
      admin,
      1000,
    ],
    ['national: progress chart data', '/v1/province/progress', admin, 1000],
    ['national: overview page (HTML)', '/province', adminPage, 1000],
    ['province 50 (200 อปท.): API list', '/v1/province/orgs', supervisor, 200],
    ['province 50: overview page (HTML)', '/province', supervisorPage, 200],
    ['province 50: overdue list', '/v1/province/overdue', supervisor, 200],
    ['province 50: one อปท. drill-down', `/v1/province/orgs/${oneOrg}`, supervisor, 200],
    [
      'province 50: spot-check of 10',
      `/v1/province/orgs/${oneOrg}/spot-check?seed=bench&n=10`,
      supervisor,
      200,
    ],
  ];
  const counts = await db
    .selectFrom('records')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('collection', '=', 'people')
    .executeTakeFirst();
  console.log(
    `seeded ${ORGS} อปท., ${Number(counts?.n)} person records on PostgreSQL ${reuse ? '(kept database, not seeded now)' : `in ${((seeded - started) / 1000).toFixed(1)} s`}`,
  );
  console.log(`p95 over ${ROUNDS} sequential requests each:`);
  let failed = 0;
  for (const [title, path, headers, goal] of checks) {
    const { p95: ms, bytes } = await p95(path, headers);
    const ok = ms <= goal;
    if (!ok) failed++;
    console.log(
      `  ${ok ? 'ok  ' : 'SLOW'} ${title}: ${ms.toFixed(0)} ms (goal ≤ ${goal} ms, ${(bytes / 1024).toFixed(0)} KiB)`,
    );
  }
  console.log(failed ? `${failed} figure(s) over the goal` : 'all figures within the goals');
} finally {
  await new Promise((resolve) => server.close(resolve));
  if (process.env.BENCH_KEEP) {
    console.log(`kept: BENCH_DATABASE_URL=${test.url}`);
    await test.database.close();
  } else await dropWithRetry();
}
