import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test-support/app-harness';
import { DATABASE_KINDS } from '../test-support/databases';
import { PASSWORDS } from '../test-support/seed';
import { DEFAULT_TEMPLATE } from './letter-template';

function cookieOf(res: request.Response, name: string): string | undefined {
  const all = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  return all.find((c) => c.startsWith(`${name}=`));
}
const value = (cookie: string | undefined) => cookie?.split(';')[0] ?? '';
const csrfIn = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';

describe.each(DATABASE_KINDS)('dashboard sign-in, session cookie and CSRF (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => {
    await t.drop();
  });

  /** The login form's cookie and token, then the sign-in post; returns the session cookie and the page's token. */
  async function signIn(username: string, password = PASSWORDS[username] ?? '') {
    const form = await request(t.app).get('/province/login');
    const loginCookie = cookieOf(form, 'lhr_login_csrf');
    const res = await request(t.app)
      .post('/province/login')
      .set('cookie', value(loginCookie))
      .type('form')
      .send({ _csrf: csrfIn(form.text), username, password });
    return { form, loginCookie, res, session: value(cookieOf(res, 'lhr_province')) };
  }

  it('sets secure, HttpOnly, SameSite=Strict cookies and a strict CSP', async () => {
    const { form, loginCookie, res } = await signIn('supervisor-cm');
    expect(form.status).toBe(200);
    expect(form.headers['content-security-policy']).toContain("script-src 'self'");
    expect(form.headers['content-security-policy']).not.toContain('unsafe');
    expect(form.headers['content-security-policy']).toContain("default-src 'none'");
    expect(loginCookie).toMatch(/HttpOnly/);
    expect(loginCookie).toMatch(/Secure/);
    expect(loginCookie).toMatch(/SameSite=Strict/);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/province');
    const session = cookieOf(res, 'lhr_province');
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/Secure/);
    expect(session).toMatch(/SameSite=Strict/);
    expect(session).toMatch(/Path=\//);
  });

  it('refuses a sign-in without the form’s token, from another site, or with a wrong password; officers too', async () => {
    const form = await request(t.app).get('/province/login');
    const cookie = value(cookieOf(form, 'lhr_login_csrf'));
    const post = () => request(t.app).post('/province/login').type('form');
    const creds = { username: 'supervisor-cm', password: PASSWORDS['supervisor-cm'] };
    expect((await post().set('cookie', cookie).send(creds)).status).toBe(403);
    expect((await post().send({ ...creds, _csrf: csrfIn(form.text) })).status).toBe(403);
    const crossSite = await post()
      .set('cookie', cookie)
      .set('sec-fetch-site', 'cross-site')
      .send({ ...creds, _csrf: csrfIn(form.text) });
    expect(crossSite.status).toBe(403);
    expect((await signIn('supervisor-cm', 'wrong-password')).res.status).toBe(401);
    const officer = await signIn('officer-a');
    expect(officer.res.status).toBe(403);
    expect(officer.session).toBe('');
  });

  it('serves pages and the API to the session; state changes need the CSRF token', async () => {
    const { session } = await signIn('supervisor-cm');
    const home = await request(t.app).get('/province').set('cookie', session);
    expect(home.status).toBe(200);
    expect(home.text).toContain('อบต.ทดสอบหนึ่ง');
    expect(home.text).not.toContain('อบต.ทดสอบลำพูน');
    const token = csrfIn(home.text);
    expect(token).not.toBe('');
    expect((await request(t.app).get('/v1/province/orgs').set('cookie', session)).body.total).toBe(2);
    const put = () => request(t.app).put('/v1/province/letter-template').set('cookie', session);
    expect((await put().send(DEFAULT_TEMPLATE)).status).toBe(403);
    expect((await put().set('x-csrf-token', 'wrong').send(DEFAULT_TEMPLATE)).status).toBe(403);
    expect(
      (await put().set('x-csrf-token', token).set('origin', 'https://evil.example').send(DEFAULT_TEMPLATE))
        .status,
    ).toBe(403);
    expect((await put().set('x-csrf-token', token).send(DEFAULT_TEMPLATE)).status).toBe(204);
    const form = {
      _csrf: token,
      refNo: 'ชม ๐๐๒๓.๒/ว ๑',
      officeLines: 'ศาลากลางจังหวัดเชียงใหม่',
      subject: 'เร่งรัด',
      salutation: 'นายก{orgName}',
      body: 'ย่อหน้าหนึ่ง\nย่อหน้าสอง',
      closing: 'ขอแสดงความนับถือ',
      signerName: '(นายทดสอบ)',
      signerTitleLines: 'ท้องถิ่นจังหวัด',
      contactLines: 'โทร. ๐',
    };
    expect(
      (
        await request(t.app)
          .post('/province/template')
          .set('cookie', session)
          .type('form')
          .send({ ...form, _csrf: 'x' })
      ).status,
    ).toBe(403);
    const saved = await request(t.app)
      .post('/province/template')
      .set('cookie', session)
      .type('form')
      .send(form);
    expect(saved.status).toBe(303);
    const template = await request(t.app).get('/v1/province/letter-template').set('cookie', session);
    expect(template.body.body).toEqual(['ย่อหน้าหนึ่ง', 'ย่อหน้าสอง']);
  });

  it('shows an admin the whole country and asks which province for letters and templates', async () => {
    const { session } = await signIn('admin');
    const home = await request(t.app).get('/province').set('cookie', session);
    expect(home.text).toContain('อบต.ทดสอบลำพูน');
    expect(home.text).toContain('อบต.ทดสอบหนึ่ง');
    const chooser = await request(t.app).get('/province/template').set('cookie', session);
    expect(chooser.status).toBe(200);
    expect(chooser.text).toContain('name="province"');
    const form = await request(t.app).get('/province/template?province=51').set('cookie', session);
    expect(form.text).toContain('name="subject"');
    expect((await request(t.app).get('/province/overdue?province=51').set('cookie', session)).text).toContain(
      'อบต.ทดสอบลำพูน',
    );
  });

  it('keeps a supervisor out of another province’s pages', async () => {
    const { session } = await signIn('supervisor-cm');
    const other = await request(t.app).get('/province/orgs/6510401').set('cookie', session);
    expect(other.status).toBe(403);
    expect(other.text).not.toContain('อบต.ทดสอบลำพูน');
  });

  it('sends anonymous and expired sessions to the login page, and signs out', async () => {
    expect((await request(t.app).get('/province')).headers.location).toBe('/province/login');
    expect((await request(t.app).get('/province').set('cookie', 'lhr_province=forged')).status).toBe(303);
    const { session } = await signIn('supervisor-cm');
    const home = await request(t.app).get('/province').set('cookie', session);
    const out = await request(t.app)
      .post('/province/logout')
      .set('cookie', session)
      .type('form')
      .send({ _csrf: csrfIn(home.text) });
    expect(out.status).toBe(303);
    expect(cookieOf(out, 'lhr_province')).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect((await request(t.app).get('/province').set('cookie', session)).status).toBe(303);
    const later = await signIn('supervisor-cm');
    t.clock.now = new Date(t.clock.now.getTime() + 9 * 3600_000);
    expect((await request(t.app).get('/province').set('cookie', later.session)).status).toBe(303);
    expect((await request(t.app).get('/v1/province/orgs').set('cookie', later.session)).status).toBe(401);
    t.clock.now = new Date();
  });

  it('serves its own script (with Chart.js), stylesheet and Thai font', async () => {
    const js = await request(t.app).get('/province/assets/dashboard.js');
    expect(js.status).toBe(200);
    expect(js.text).toContain('progress-chart');
    expect(js.text.length).toBeGreaterThan(50_000);
    expect((await request(t.app).get('/province/assets/dashboard.css')).text).toContain('@font-face');
    const font = await request(t.app).get('/province/assets/fonts/sarabun-thai-400.woff2');
    expect(font.headers['content-type']).toBe('font/woff2');
    expect((await request(t.app).get('/province/assets/fonts/other.woff2')).status).toBe(404);
  });
});
