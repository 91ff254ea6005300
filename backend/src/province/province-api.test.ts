import * as XLSX from '@e965/xlsx';
import JSZip from 'jszip';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  OrgDetailResponse,
  OrgListResponse,
  SpotCheckDrawsResponse,
  SpotCheckResponse,
} from '../../../shared/protocol/province';
import { startTestApp, type TestApp } from '../test-support/app-harness';
import { DATABASE_KINDS } from '../test-support/databases';
import { DEFAULT_TEMPLATE } from './letter-template';
import { peopleChanges, person, pushBodies, readiness } from './province-fixtures';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Binary answers (docx, xlsx) as one Buffer. */
const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe.each(DATABASE_KINDS)('province API (%s)', (kind) => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const get = (user: string, path: string) =>
    request(t.app).get(path).set('authorization', `Bearer ${tokens[user]}`);
  const push = async (user: string, changes: Parameters<typeof pushBodies>[0]) => {
    for (const body of pushBodies(changes)) {
      const res = await request(t.app)
        .post('/v1/sync/push')
        .set('authorization', `Bearer ${tokens[user]}`)
        .send(body);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.conflicts).toEqual([]);
    }
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    for (const u of ['officer-a', 'officer-b', 'officer-lamphun', 'supervisor-cm', 'admin'])
      tokens[u] = (await t.login(u)).accessToken;
    await push('officer-a', [
      ...peopleChanges([
        person('6500101', 1, 'civil-servant'),
        person('6500101', 2, 'civil-servant'),
        person('6500101', 3, 'civil-servant'),
        person('6500101', 4, 'teacher'),
        person('6500101', 5, 'teacher'),
        person('6500101', 6, 'teacher', 'retired'),
      ]),
      {
        collection: 'readiness',
        id: 'latest',
        baseRev: 0,
        data: readiness('6500101', {
          peopleTotal: 5,
          peopleComplete: 3,
          deadline: inDays(30),
          lpaScore: 0,
          counts: [
            { staffType: 'civil-servant', planned: 4, recorded: 3, complete: 2, inLhrList: 3 },
            { staffType: 'teacher', planned: 2, recorded: 2, complete: 1, inLhrList: 2 },
          ],
          findings: { REQUIRED_EMPTY: 2, COUNT_BELOW_PLAN: 1 },
        }),
      },
    ]);
    const certified = readiness('5500102', {
      peopleTotal: 2,
      peopleComplete: 2,
      deadline: inDays(10),
      lpaScore: 5,
      certifiedAt: new Date().toISOString(),
    });
    await push('officer-b', [
      ...peopleChanges([person('5500102', 1, 'general-employee'), person('5500102', 2, 'general-employee')]),
      { collection: 'readiness', id: 'latest', baseRev: 0, data: certified },
      { collection: 'readiness', id: `certified-${certified.certifiedAt}`, baseRev: 0, data: certified },
    ]);
    await push(
      'officer-lamphun',
      peopleChanges([1, 2, 3, 4].map((i) => person('6510401', i, 'mission-employee'))),
    );
  });
  afterAll(async () => {
    await t.drop();
  });

  it('lists the supervisor’s province only, with register counts against the plan', async () => {
    const res = await get('supervisor-cm', '/v1/province/orgs');
    expect(res.status).toBe(200);
    const list = OrgListResponse.parse(res.body);
    expect(list.orgs.map((o) => o.code)).toEqual(['5500102', '6500101']);
    const a = list.orgs.find((o) => o.code === '6500101');
    expect(a?.counts).toEqual([
      { staffType: 'civil-servant', recorded: 3, planned: 4 },
      { staffType: 'teacher', recorded: 2, planned: 2 },
    ]);
    expect(a).toMatchObject({
      peopleTotal: 5,
      completeness: 0.6,
      status: 'on-track',
      daysLeft: 30,
      lpaProjection: 0,
    });
    expect(a?.openItems).toEqual({ REQUIRED_EMPTY: 2, COUNT_BELOW_PLAN: 1 });
    expect(a?.lastActivity).not.toBeNull();
    const b = list.orgs.find((o) => o.code === '5500102');
    expect(b).toMatchObject({
      status: 'certified',
      certifiedRules: 'rules-1',
      lpaProjection: 5,
      peopleTotal: 2,
    });
  });

  it('filters and sorts', async () => {
    const byCompleteness = await get('supervisor-cm', '/v1/province/orgs?sort=completeness&dir=desc');
    expect(byCompleteness.body.orgs.map((o: { code: string }) => o.code)).toEqual(['5500102', '6500101']);
    const certified = await get('supervisor-cm', '/v1/province/orgs?status=certified');
    expect(certified.body.total).toBe(1);
    const byName = await get('supervisor-cm', `/v1/province/orgs?q=${encodeURIComponent('ทดสอบหนึ่ง')}`);
    expect(byName.body.orgs.map((o: { code: string }) => o.code)).toEqual(['6500101']);
    expect((await get('supervisor-cm', '/v1/province/orgs?sort=bogus')).status).toBe(400);
  });

  it('gives an admin every province, or one', async () => {
    expect((await get('admin', '/v1/province/orgs')).body.total).toBe(3);
    const lamphun = await get('admin', '/v1/province/orgs?province=51');
    expect(lamphun.body.orgs).toHaveLength(1);
    expect(lamphun.body.orgs[0].counts).toEqual([
      { staffType: 'mission-employee', recorded: 4, planned: null },
    ]);
    expect(lamphun.body.orgs[0].status).toBe('no-report');
  });

  it('refuses officers, other provinces and anonymous callers', async () => {
    expect((await get('officer-a', '/v1/province/orgs')).status).toBe(403);
    expect((await get('supervisor-cm', '/v1/province/orgs?province=51')).status).toBe(403);
    expect((await get('supervisor-cm', '/v1/province/orgs/6510401')).status).toBe(403);
    expect((await get('supervisor-cm', '/v1/province/orgs/6510401/spot-check?seed=abc')).status).toBe(403);
    expect((await get('supervisor-cm', '/v1/province/letters.docx?org=6510401')).status).toBe(403);
    expect((await get('supervisor-cm', '/v1/province/orgs/6599999')).status).toBe(404);
    expect((await request(t.app).get('/v1/province/orgs')).status).toBe(401);
  });

  it('drills down to one อปท.: its latest report and history', async () => {
    const res = await get('supervisor-cm', '/v1/province/orgs/5500102');
    const detail = OrgDetailResponse.parse(res.body);
    expect(detail.report?.rulesVersion).toBe('rules-1');
    expect(detail.history.map((h) => h.recordId).sort()).toEqual([
      expect.stringMatching(/^certified-/),
      'latest',
    ]);
  });

  it('draws the same spot-check list for the same seed, from active people only', async () => {
    const draw = async (seed: string, n = 3) =>
      SpotCheckResponse.parse(
        (await get('supervisor-cm', `/v1/province/orgs/6500101/spot-check?seed=${seed}&n=${n}`)).body,
      );
    const first = await draw('seed-1');
    const again = await draw('seed-1');
    expect(again).toEqual(first);
    expect(first).toMatchObject({ seed: 'seed-1', population: 5, n: 3 });
    expect(first.people).toHaveLength(3);
    expect(first.people[0]?.compare.length).toBeGreaterThan(5);
    expect(JSON.stringify(first)).not.toMatch(/\d{13}/);
    expect((await draw('seed-1', 50)).people).toHaveLength(5);
    const fresh = await get('supervisor-cm', '/v1/province/orgs/6500101/spot-check');
    expect(fresh.body.seed).toMatch(/^[0-9a-f]{10}$/);
  });

  it('records each spot-check draw (seed and size only) for the อปท., in scope', async () => {
    const before = SpotCheckDrawsResponse.parse(
      (await get('supervisor-cm', '/v1/province/orgs/5500102/spot-checks')).body,
    );
    expect(before).toEqual({ orgCode: '5500102', draws: [] });
    await get('supervisor-cm', '/v1/province/orgs/5500102/spot-check?seed=draw-1&n=2');
    const after = SpotCheckDrawsResponse.parse(
      (await get('supervisor-cm', '/v1/province/orgs/5500102/spot-checks')).body,
    );
    expect(after.draws).toEqual([{ seed: 'draw-1', n: 2, population: 2, drawnAt: expect.any(String) }]);
    expect((await get('supervisor-cm', '/v1/province/orgs/6510401/spot-checks')).status).toBe(403);
    expect((await get('officer-a', '/v1/province/orgs/6500101/spot-checks')).status).toBe(403);
  });

  it('keeps the counts right when a person retires or is deleted', async () => {
    const retired = {
      ...person('5500102', 1, 'general-employee'),
      appointment: { ...person('5500102', 1, 'general-employee').appointment, status: 'retired' },
    };
    await push('officer-b', [{ collection: 'people', id: retired.citizenId, baseRev: 1, data: retired }]);
    let b = (await get('supervisor-cm', '/v1/province/orgs/5500102')).body.org;
    expect(b.counts).toEqual([{ staffType: 'general-employee', recorded: 1, planned: null }]);
    await push('officer-b', [
      {
        collection: 'people',
        id: person('5500102', 2, 'general-employee').citizenId,
        baseRev: 1,
        data: null,
      },
    ]);
    b = (await get('supervisor-cm', '/v1/province/orgs/5500102')).body.org;
    expect(b.counts).toEqual([]);
  });

  it('lists overdue อปท. and writes warning letters from the province’s own template', async () => {
    const overdue = await get('supervisor-cm', '/v1/province/overdue');
    expect(overdue.body.orgs.map((o: { code: string }) => o.code)).toEqual([]);
    const template = { ...DEFAULT_TEMPLATE, subject: 'เร่งรัดการรับรองข้อมูล {orgName} ทดสอบแม่แบบ' };
    const saved = await request(t.app)
      .put('/v1/province/letter-template')
      .set('authorization', `Bearer ${tokens['supervisor-cm']}`)
      .send(template);
    expect(saved.status).toBe(204);
    expect((await get('supervisor-cm', '/v1/province/letter-template')).body.subject).toBe(template.subject);
    const docx = await get('supervisor-cm', '/v1/province/letters.docx?org=6500101&org=5500102')
      .buffer(true)
      .parse(binary);
    expect(docx.status).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    const xml = await (await JSZip.loadAsync(docx.body as Buffer)).file('word/document.xml')?.async('string');
    expect(xml).toContain('อบต.ทดสอบหนึ่ง');
    expect(xml).toContain('เทศบาลตำบลทดสอบสอง');
    expect(xml).toContain('ทดสอบแม่แบบ');
    expect(xml).toContain('ขอแสดงความนับถือ');
    expect((await get('supervisor-cm', '/v1/province/letters.docx')).status).toBe(404);
  });

  it('exports CSV and .xlsx', async () => {
    const csv = await get('supervisor-cm', '/v1/province/export.csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    expect(csv.text.split('\r\n').filter(Boolean)).toHaveLength(3);
    expect(csv.text).toContain('อบต.ทดสอบหนึ่ง');
    const xlsx = await get('supervisor-cm', '/v1/province/export.xlsx').buffer(true).parse(binary);
    const book = XLSX.read(xlsx.body as Buffer, { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<unknown[]>(
      book.Sheets[book.SheetNames[0] as string] as XLSX.WorkSheet,
      { header: 1 },
    );
    expect(rows).toHaveLength(3);
    expect(rows.flat()).toContain('อบต.ทดสอบหนึ่ง');
  });

  it('charts progress by day', async () => {
    const res = await get('supervisor-cm', '/v1/province/progress');
    const today = res.body.days.at(-1);
    expect(today).toMatchObject({ peopleTotal: 7, peopleComplete: 5, certifiedOrgs: 1 });
  });
});
