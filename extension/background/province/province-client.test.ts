import { describe, expect, it } from 'vitest';
import type { OrgSummary } from '../../../shared/protocol/province';
import { ProvinceClient } from './province-client';

const summary = (code: string): OrgSummary => ({
  code,
  name: 'อบต.ทดสอบ',
  type: 'sao',
  provinceCode: code.slice(1, 3),
  amphoeCode: code.slice(1, 5),
  lastActivity: null,
  counts: [{ staffType: 'civil-servant', recorded: 3, planned: 4 }],
  peopleTotal: 3,
  completeness: 0.5,
  openItems: { REQUIRED_EMPTY: 2, COUNT_BELOW_PLAN: 1 },
  reportAt: null,
  certifiedAt: null,
  certifiedRules: null,
  certifiedAnyway: false,
  deadline: null,
  daysLeft: null,
  lpaProjection: 0,
  status: 'on-track',
});

const session = { baseUrl: async () => 'https://sync.dla.go.th', accessToken: async () => 'tok' };

function fakeFetch(answers: Record<string, [number, unknown]>, seen: string[] = []): typeof fetch {
  return (async (url: string, init: RequestInit) => {
    seen.push(`${url} ${(init.headers as Record<string, string>).authorization}`);
    const [status, body] = answers[new URL(url).pathname + new URL(url).search] ?? [
      404,
      { code: 'NOT_FOUND', message: 'x' },
    ];
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
}

describe('the background side of the LHR province pages', () => {
  it('answers the asked อปท. in scope, in order, with open items summed, using the bearer token', async () => {
    const seen: string[] = [];
    const client = new ProvinceClient(
      session,
      fakeFetch(
        {
          '/v1/province/orgs?limit=10000': [
            200,
            { total: 2, orgs: [summary('6360101'), summary('5360102')], generatedAt: 'now' },
          ],
        },
        seen,
      ),
    );
    const orgs = await client.orgs(['5360102', '6510401', '6360101']);
    expect(orgs.map((o) => o.code)).toEqual(['5360102', '6360101']);
    expect(orgs[0]).toMatchObject({
      openItems: 3,
      completeness: 0.5,
      counts: [{ staffType: 'civil-servant', recorded: 3 }],
    });
    expect(seen).toEqual(['https://sync.dla.go.th/v1/province/orgs?limit=10000 Bearer tok']);
  });

  it("is quiet for an officer (403 on the list) and for another province's อปท. (403 on the detail)", async () => {
    const forbidden: [number, unknown] = [403, { code: 'FORBIDDEN', message: 'no' }];
    const client = new ProvinceClient(
      session,
      fakeFetch({
        '/v1/province/orgs?limit=10000': forbidden,
        '/v1/province/orgs/6360101': forbidden,
        '/v1/province/orgs/6360101/spot-checks': forbidden,
      }),
    );
    expect(await client.orgs(['6360101'])).toEqual([]);
    expect(await client.org('6360101')).toBeNull();
  });

  it('gives the register counts and the spot-check draws of one อปท.', async () => {
    const client = new ProvinceClient(
      session,
      fakeFetch({
        '/v1/province/orgs/6360101': [200, { org: summary('6360101'), report: null, history: [] }],
        '/v1/province/orgs/6360101/spot-checks': [
          200,
          {
            orgCode: '6360101',
            draws: [{ seed: 'abc', n: 5, population: 40, drawnAt: '2026-12-02T10:00:00.000Z' }],
          },
        ],
      }),
    );
    expect(await client.org('6360101')).toMatchObject({
      readiness: { code: '6360101', status: 'on-track' },
      spotChecks: [{ seed: 'abc', n: 5, drawnAt: '2026-12-02T10:00:00.000Z' }],
    });
  });

  it('says "log in first" when there is no login', async () => {
    const client = new ProvinceClient({ baseUrl: async () => null, accessToken: async () => 'x' });
    await expect(client.orgs(['6360101'])).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});
