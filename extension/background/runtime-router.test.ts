import { describe, expect, it, vi } from 'vitest';
import { TeachPatch } from '../../shared/profile/teach-patch';
import { RateLimiter } from './rate-limiter';
import { routeRuntimeMessage } from './runtime-router';
import { dlaTab, fakeDeps, popup, SAMPLES, self, send, TYPES } from './runtime-router.fixtures';
import { ALLOWED_SENDERS, type SenderLike } from './sender-policy';

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

  it("the profiles a page gets already carry the officer's taught patches (the content script does not patch)", async () => {
    const deps = fakeDeps();
    const patch = TeachPatch.parse((SAMPLES['profiles.teach'] as { patch: unknown }).patch);
    deps.sync.taught = vi.fn(async () => [patch]);
    const reply = (await routeRuntimeMessage({ type: 'profiles.get' }, dlaTab, deps, self)) as {
      profiles: Array<{ id: string; pages: Array<{ mustNotFill: unknown[] }> }>;
    };
    const taught = reply.profiles.find((p) => p.id === patch.profileId);
    expect(taught?.pages[0]?.mustNotFill).toEqual([{ id: 'captcha' }]);
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
