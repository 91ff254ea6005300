import { describe, expect, it, vi } from 'vitest';
import { PersonRecord } from '../../shared/register/person-record';
import { routeRuntimeMessage } from './runtime-router';
import { dlaTab, fakeDeps, ID, name, self, send } from './runtime-router.fixtures';

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
