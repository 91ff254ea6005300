import { describe, expect, it, vi } from 'vitest';
import type { RuntimeRequest } from '../../shared/protocol/runtime';
import { PersonRecord } from '../../shared/register/person-record';
import { RateLimiter } from './rate-limiter';
import { type RouterDeps, routeRuntimeMessage } from './runtime-router';
import { ALLOWED_SENDERS, type SelfInfo, type SenderLike } from './sender-policy';

const ID = '1101700207030';
const name = {
  th: { title: 'นาย', first: 'สมชาย', middle: '', last: 'ใจดี' },
  en: { title: '', first: '', middle: '', last: '' },
};
const person = {
  citizenId: ID,
  name,
  birthDate: null,
  sex: 'male',
  issuer: '',
  issueDate: null,
  expiryDate: null,
  address: { houseNo: '', moo: '', soi: '', road: '', subdistrict: '', district: '', province: '', raw: '' },
  source: 'card',
  postcode: null,
  postcodeCandidates: [],
};
const draft = {
  site: 'x',
  form: 'kp7',
  recordKey: ID,
  title: 't',
  savedAt: '2026-01-01T00:00:00Z',
  fields: [],
};

/** One valid message of every type: the test below fails when a new type has no sample (and so no sender test). */
const SAMPLES: Record<RuntimeRequest['type'], object> = {
  'agent.status': {},
  'agent.pair': { code: '123456' },
  'agent.forget': {},
  'backend.login': { url: 'https://sync.dla.go.th', username: 'u', password: 'p' },
  'backend.logout': {},
  'vault.unlock': { password: 'p' },
  'vault.lock': {},
  'sync.status': {},
  'sync.now': {},
  'profiles.get': {},
  'profiles.teach': {
    patch: {
      profileId: 'taught-lhr',
      origin: 'https://lhr.dla.go.th',
      page: { id: 'kp7', path: '^/kp7$', titleTh: 'ก.พ.7', fingerprint: { labelsPresent: ['ก.พ.7'] } },
      change: { kind: 'mustNotFill', locator: { id: 'captcha' } },
      taughtAt: '2026-01-01T00:00:00.000Z',
    },
  },
  'profiles.stale': {
    report: {
      profileId: 'practice-lhr',
      profileVersion: 3,
      pageId: 'kp7',
      labelsMissing: 1,
      labelsTotal: 3,
      seenAt: '2026-01-01T00:00:00.000Z',
    },
  },
  'feature.load': { script: 'feature-capture' },
  'checklist.report': { page: { path: '/', title: 't', items: [], at: 'now' } },
  'checklist.get': {},
  'draft.save': { draft },
  'draft.find': { form: 'kp7' },
  'draft.delete': { id: 'd1' },
  'draft.resolve': { id: 'd1', choice: 'mine' },
  'person.search': { query: '110170' },
  'person.save': { person },
  'register.search': { query: 'สมชาย' },
  'register.get': { citizenId: ID },
  'register.save': { citizenId: ID, source: 'capture', patch: { education: [] } },
  'register.bulkImport': { records: [{ citizenId: ID, staffType: 'teacher', name }] },
  'register.undo': { citizenId: ID },
  'register.list': {},
  'province.orgs': { orgs: ['6360101'] },
  'province.org': { org: '6360101' },
  'readiness.check': {},
  'readiness.acknowledge': {},
  'readiness.certified': { at: '2026-07-20T03:00:00.000Z' },
  'readiness.jump': { citizenId: ID },
  'readiness.jumpTarget': {},
  'report.open': {},
  'plan.get': {},
  'plan.set': { plan: { teacher: 3 } },
  'orgs.search': { query: 'บ้านใหม่' },
  'register.retirements': {},
  'frame.host': {},
  'frame.report': { form: null },
  'frame.command': { frameId: 2, command: { kind: 'card' } },
  'register.statusChange': {
    citizenId: ID,
    change: {
      status: 'transferred-out',
      effectiveDate: '01/06/2569',
      orderNo: 'ชย 73301/123',
      orderDate: '01/06/2569',
    },
  },
};
const TYPES = Object.keys(SAMPLES) as Array<RuntimeRequest['type']>;

const self: SelfInfo = { id: 'ext-id', origin: 'chrome-extension://ext-id', practice: false };
const popup: SenderLike = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const dlaTab: SenderLike = { id: 'ext-id', url: 'https://lhr.dla.go.th/kp7.aspx', tab: { id: 7 } };

function fakeDeps(): RouterDeps {
  const status = { loggedIn: true, locked: false, pending: 0, conflicts: 0, lastSync: null, lastError: null };
  return {
    agent: {
      status: vi.fn(async () => ({
        paired: false,
        connection: 'unpaired' as const,
        pcsc: null,
        readers: [],
        lastError: null,
      })),
      pair: vi.fn(),
      forget: vi.fn(),
    },
    register: {
      search: vi.fn(async () => []),
      get: vi.fn(async () => null),
      save: vi.fn(async () => ({ citizenId: ID, created: true, parts: [] })),
      bulkImport: vi.fn(async () => ({ added: 1, updated: 0, total: 1 })),
      undo: vi.fn(async () => ({ citizenId: ID, parts: [] })),
      list: vi.fn(async () => ({ people: [], total: 0, nextOffset: null })),
      all: vi.fn(async () => []),
    },
    checklists: { report: vi.fn(), get: vi.fn(async () => []) },
    sync: {
      saveDraft: vi.fn(),
      findDrafts: vi.fn(async () => []),
      draftSite: vi.fn(async () => 'https://other.dla.go.th'),
      deleteDraft: vi.fn(),
      resolve: vi.fn(),
      status: vi.fn(async () => status),
      syncNow: vi.fn(async () => {}),
      profiles: vi.fn(async () => []),
      flush: vi.fn(async () => 0),
      teach: vi.fn(),
      taught: vi.fn(async () => []),
      reportStale: vi.fn(),
      orgs: vi.fn(async () => []),
    },
    session: {
      login: vi.fn(async () => ({ id: 'u1', role: 'officer', orgCode: null, provinceCode: null }) as never),
      logout: vi.fn(),
      stored: vi.fn(async () => ({
        backendUrl: 'https://sync.dla.go.th',
        refreshToken: 'r',
        user: { id: 'u1', role: 'officer', orgCode: null, provinceCode: null } as never,
      })),
    },
    vault: { openAtLogin: vi.fn(), unlock: vi.fn(), lock: vi.fn(), wipe: vi.fn(), touch: vi.fn() },
    searches: new RateLimiter(30, 60_000),
    province: { orgs: vi.fn(async () => []), org: vi.fn(async () => null) },
    features: { inject: vi.fn(async () => {}) },
    frames: { host: vi.fn(async () => []), report: vi.fn(async () => {}), command: vi.fn(async () => {}) },
  };
}

const send = (type: RuntimeRequest['type'], sender: SenderLike, deps = fakeDeps(), me = self) =>
  routeRuntimeMessage({ type, ...SAMPLES[type] }, sender, deps, me);

describe('runtime messages: who may send what (issue 15 §14)', () => {
  const strangers: Array<[string, SenderLike]> = [
    ['another extension', { id: 'evil', url: 'chrome-extension://evil/x.html' }],
    ['a page outside the assisted origins', { id: 'ext-id', url: 'https://evil.example/', tab: { id: 1 } }],
    ['a clear-text DLA page', { id: 'ext-id', url: 'http://lhr.dla.go.th/kp7.aspx', tab: { id: 1 } }],
    [
      'the practice site in a release build',
      { id: 'ext-id', url: 'http://127.0.0.1:4000/kp7.html', tab: { id: 1 } },
    ],
    ['a sender without a url', { id: 'ext-id' }],
  ];
  for (const [who, sender] of strangers) {
    it.each(TYPES)(`%s from ${who} is FORBIDDEN and touches nothing`, async (type) => {
      const deps = fakeDeps();
      expect(await send(type, sender, deps)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN_ORIGIN' },
      });
      for (const part of Object.values(deps))
        for (const fn of Object.values(part)) if (vi.isMockFunction(fn)) expect(fn).not.toHaveBeenCalled();
    });
  }

  it.each(TYPES)('%s is answered or refused exactly as ALLOWED_SENDERS says', async (type) => {
    for (const [kind, sender] of [
      ['extension-page', popup],
      ['assisted-page', dlaTab],
    ] as const) {
      const reply = await send(type, sender);
      const forbidden = !reply.ok && reply.error.code === 'FORBIDDEN_ORIGIN';
      // draft.delete/resolve of the fake's other-site draft are refused for the page too (next test)
      if (type === 'draft.delete' || type === 'draft.resolve') continue;
      expect(forbidden, `${type} from ${kind}`).toBe(!ALLOWED_SENDERS[type].includes(kind));
    }
  });

  it('logins, pairing, the lock and imports are for the extension’s own pages only', () => {
    for (const type of [
      'backend.login',
      'backend.logout',
      'agent.pair',
      'agent.forget',
      'vault.unlock',
      'vault.lock',
      'register.bulkImport',
    ] as const)
      expect(ALLOWED_SENDERS[type]).toEqual(['extension-page']);
  });

  it('the practice site is assisted in a practice build', async () => {
    const reply = await send(
      'register.get',
      { ...dlaTab, url: 'http://127.0.0.1:4000/kp7.html' },
      fakeDeps(),
      {
        ...self,
        practice: true,
      },
    );
    expect(reply).toEqual({ ok: true, record: null });
  });

  it.each(['draft.delete', 'draft.resolve'] as const)(
    '%s of another site’s draft is FORBIDDEN; of its own site’s draft it goes through',
    async (type) => {
      const deps = fakeDeps();
      expect(await send(type, dlaTab, deps)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN_ORIGIN' },
      });
      expect(deps.sync.deleteDraft).not.toHaveBeenCalled();
      expect(deps.sync.resolve).not.toHaveBeenCalled();
      vi.mocked(deps.sync.draftSite).mockResolvedValue('https://lhr.dla.go.th');
      expect(await send(type, dlaTab, deps)).toEqual({ ok: true });
    },
  );

  it('a draft is saved under the sender’s site, whatever the message says', async () => {
    const deps = fakeDeps();
    await send('draft.save', dlaTab, deps);
    expect(deps.sync.saveDraft).toHaveBeenCalledWith(
      expect.objectContaining({ site: 'https://lhr.dla.go.th' }),
    );
  });

  it('a page teaches only its own site’s profile (teach mode)', async () => {
    const deps = fakeDeps();
    const patch = {
      ...(SAMPLES['profiles.teach'] as { patch: object }).patch,
      origin: 'https://other.dla.go.th',
    };
    expect(await routeRuntimeMessage({ type: 'profiles.teach', patch }, dlaTab, deps, self)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_ORIGIN' },
    });
    expect(deps.sync.teach).not.toHaveBeenCalled();
    expect(await send('profiles.teach', dlaTab, deps)).toEqual({ ok: true });
    expect(deps.sync.teach).toHaveBeenCalledTimes(1);
  });

  it('register searches are rate-limited per tab', async () => {
    const deps = fakeDeps();
    deps.searches = new RateLimiter(3, 60_000);
    for (let i = 0; i < 3; i++) expect((await send('register.search', dlaTab, deps)).ok).toBe(true);
    expect(await send('register.search', dlaTab, deps)).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    expect(await send('person.search', dlaTab, deps)).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    expect(await send('register.get', dlaTab, deps)).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    expect((await send('register.search', { ...dlaTab, tab: { id: 8 } }, deps)).ok).toBe(true);
  });

  it('logout pushes first, then wipes the vault when nothing is left, or keeps it locked when something is', async () => {
    const deps = fakeDeps();
    await send('backend.logout', popup, deps);
    expect(deps.sync.flush).toHaveBeenCalled();
    expect(deps.vault.wipe).toHaveBeenCalled();
    const pending = fakeDeps();
    vi.mocked(pending.sync.flush).mockResolvedValue(2);
    await send('backend.logout', popup, pending);
    expect(pending.vault.wipe).not.toHaveBeenCalled();
    expect(pending.vault.lock).toHaveBeenCalled();
  });

  it('login opens the officer’s own vault with his password', async () => {
    const deps = fakeDeps();
    await send('backend.login', popup, deps);
    expect(deps.vault.openAtLogin).toHaveBeenCalledWith(expect.stringMatching(/^[0-9a-f]{24}$/), 'p');
  });
});

describe('feature.load (lazy feature scripts)', () => {
  it('injects the named feature script into the asking frame only', async () => {
    const deps = fakeDeps();
    const reply = await routeRuntimeMessage(
      { type: 'feature.load', script: 'feature-staff-list' },
      { ...dlaTab, frameId: 3 },
      deps,
      self,
    );
    expect(reply).toEqual({ ok: true });
    expect(deps.features.inject).toHaveBeenCalledWith(7, 3, 'feature-staff-list');
  });

  it('refuses a script that is not a feature script', async () => {
    const deps = fakeDeps();
    const reply = await routeRuntimeMessage(
      { type: 'feature.load', script: 'background' },
      dlaTab,
      deps,
      self,
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_MESSAGE' } });
    expect(deps.features.inject).not.toHaveBeenCalled();
  });
});

describe('frames of one tab (issue 14 item 4)', () => {
  it('relays within the sender’s own tab and names the sender’s frame', async () => {
    const deps = fakeDeps();
    const frame = { ...dlaTab, frameId: 4 };
    expect(await send('frame.host', dlaTab, deps)).toEqual({ ok: true, frames: [] });
    expect(deps.frames?.host).toHaveBeenCalledWith(7, 0);
    await send('frame.report', frame, deps);
    expect(deps.frames?.report).toHaveBeenCalledWith(7, 4, null);
    await send('frame.command', dlaTab, deps);
    expect(deps.frames?.command).toHaveBeenCalledWith(7, 0, 2, { kind: 'card' });
  });

  it('refuses a command that is not one of the frame commands, and a report carrying a value field', async () => {
    const deps = fakeDeps();
    for (const message of [
      { type: 'frame.command', frameId: 2, command: { kind: 'submit' } },
      { type: 'frame.command', frameId: 0, command: { kind: 'card' } },
      {
        type: 'frame.report',
        form: {
          title: 't',
          path: '/',
          fields: 1,
          subjectFields: 1,
          types: ['firstName'],
          fill: { phase: 'idle', steps: [], questions: 0, filled: 0, failed: 0, error: null },
          drafts: 0,
          restored: null,
          values: ['ประวิทย์'],
        },
      },
    ])
      expect(await routeRuntimeMessage(message, dlaTab, deps, self)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_MESSAGE' },
      });
    expect(deps.frames?.command).not.toHaveBeenCalled();
    expect(deps.frames?.report).not.toHaveBeenCalled();
  });
});

describe('the other DLA forms', () => {
  const orgs = [
    {
      code: '6300105',
      type: 'sao',
      name: 'องค์การบริหารส่วนตำบลบ้านใหม่',
      amphoe: 'เมืองนครราชสีมา',
      province: 'นครราชสีมา',
    },
    { code: '6360199', type: 'sao', name: 'องค์การบริหารส่วนตำบลบ้านใหม่', amphoe: 'เมืองชัยภูมิ', province: 'ชัยภูมิ' },
    { code: '6360101', type: 'sao', name: 'องค์การบริหารส่วนตำบลบ้านเล่า', amphoe: 'เมืองชัยภูมิ', province: 'ชัยภูมิ' },
  ];

  it('orgs.search finds "อบต.บ้านใหม่" in the synced registry, the officer’s own province first', async () => {
    const deps = fakeDeps();
    vi.mocked(deps.sync.orgs).mockResolvedValue(orgs);
    vi.mocked(deps.session.stored).mockResolvedValue({
      backendUrl: 'https://sync.dla.go.th',
      refreshToken: 'r',
      user: { id: 'u1', role: 'officer', orgCode: '6360101', provinceCode: '36' } as never,
    });
    const reply = await routeRuntimeMessage({ type: 'orgs.search', query: 'อบต.บ้านใหม่' }, dlaTab, deps, self);
    expect(reply).toEqual({ ok: true, orgs: [orgs[1], orgs[0]], own: '6360101' });
  });

  it('register.statusChange records the transfer in the register’s appointment, and says when the person is unknown', async () => {
    const deps = fakeDeps();
    expect(await send('register.statusChange', dlaTab, deps)).toEqual({ ok: true, recorded: false });
    expect(deps.register.save).not.toHaveBeenCalled();
    vi.mocked(deps.register.get).mockResolvedValue(
      PersonRecord.parse({ citizenId: ID, staffType: 'civil-servant', name: { th: name.th } }),
    );
    expect(await send('register.statusChange', dlaTab, deps)).toEqual({ ok: true, recorded: true });
    expect(deps.register.save).toHaveBeenCalledWith(
      ID,
      {
        appointment: expect.objectContaining({
          status: 'transferred-out',
          statusDate: { year: 2569, month: 6, day: 1 },
          statusReference: 'ชย 73301/123 ลงวันที่ 01/06/2569',
        }),
      },
      'capture',
    );
  });
});
