// Shared by the runtime-router tests: one sample message per type, fake dependencies and the usual senders.
import { vi } from 'vitest';
import type { RuntimeRequest } from '../../shared/protocol/runtime';
import { RateLimiter } from './rate-limiter';
import { type RouterDeps, routeRuntimeMessage } from './runtime-router';
import type { SelfInfo, SenderLike } from './sender-policy';

export const ID = '1101700207030';
export const name = {
  th: { title: 'นาย', first: 'สมชาย', middle: '', last: 'ใจดี' },
  en: { title: '', first: '', middle: '', last: '' },
};
export const person = {
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
export const draft = {
  site: 'x',
  form: 'kp7',
  recordKey: ID,
  title: 't',
  savedAt: '2026-01-01T00:00:00Z',
  fields: [],
};

/** One valid message of every type: the test below fails when a new type has no sample (and so no sender test). */
export const SAMPLES: Record<RuntimeRequest['type'], object> = {
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
export const TYPES = Object.keys(SAMPLES) as Array<RuntimeRequest['type']>;

export const self: SelfInfo = { id: 'ext-id', origin: 'chrome-extension://ext-id', practice: false };
export const popup: SenderLike = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
export const dlaTab: SenderLike = { id: 'ext-id', url: 'https://lhr.dla.go.th/kp7.aspx', tab: { id: 7 } };

export function fakeDeps(): RouterDeps {
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

export const send = (type: RuntimeRequest['type'], sender: SenderLike, deps = fakeDeps(), me = self) =>
  routeRuntimeMessage({ type, ...SAMPLES[type] }, sender, deps, me);
