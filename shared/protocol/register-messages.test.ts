import { describe, expect, it } from 'vitest';
import { RegisterPatch, RegisterSaveRequest, RegisterSearchRequest } from './register-messages';
import { RuntimeReply, RuntimeRequest } from './runtime';

const name = {
  th: { title: 'นาย', first: 'สมชาย', middle: '', last: 'ใจดี' },
  en: { title: '', first: '', middle: '', last: '' },
};

describe('register messages', () => {
  it('a patch keeps absent parts absent (never defaulted to empty, which would wipe a section)', () => {
    const patch = RegisterPatch.parse({ identity: { name, birthDate: null, sex: 'male' } });
    expect(Object.keys(patch)).toEqual(['identity']);
    expect(RegisterPatch.safeParse({}).success).toBe(false);
  });

  it('save names its source and a 13-digit citizen ID', () => {
    const ok = {
      type: 'register.save',
      citizenId: '1101700207030',
      source: 'capture',
      patch: { education: [] },
    };
    expect(RegisterSaveRequest.safeParse(ok).success).toBe(true);
    expect(RegisterSaveRequest.safeParse({ ...ok, source: 'page' }).success).toBe(false);
    expect(RegisterSaveRequest.safeParse({ ...ok, citizenId: '1101' }).success).toBe(false);
  });

  it('a search needs at least two characters', () => {
    expect(RegisterSearchRequest.safeParse({ type: 'register.search', query: ' ก ' }).success).toBe(false);
    expect(RegisterSearchRequest.parse({ type: 'register.search', query: 'สม' }).limit).toBe(10);
  });

  it('register requests and replies are part of the runtime unions', () => {
    expect(RuntimeRequest.safeParse({ type: 'register.get', citizenId: '1101700207030' }).success).toBe(true);
    expect(RuntimeReply.safeParse({ ok: true, matches: [] }).success).toBe(true);
  });
});
