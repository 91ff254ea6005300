import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { person } from './province-fixtures';
import { sample, seededRandom, spotCheck } from './spot-check';

const register = (n: number) =>
  Array.from({ length: n }, (_, i) => {
    const p = person('6500101', i, 'civil-servant');
    return { id: p.citizenId, data: JSON.stringify(p) };
  });

describe('spot-check sampler', () => {
  it('draws the same list for the same seed whatever order the database returns the register in', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }), fc.integer({ min: 1, max: 30 }), (seed, n) => {
        const rows = register(25);
        const shuffled = [...rows].reverse();
        expect(spotCheck('6500101', shuffled, seed, n)).toEqual(spotCheck('6500101', rows, seed, n));
      }),
      { seed: 4242, numRuns: 50 },
    );
  });

  it('picks distinct people, min(n, population) of them', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        (seed, size, n) => {
          const picked = sample(
            Array.from({ length: size }, (_, i) => i),
            n,
            seededRandom(seed, '6500101'),
          );
          expect(picked).toHaveLength(Math.min(n, size));
          expect(new Set(picked).size).toBe(picked.length);
        },
      ),
      { seed: 4243, numRuns: 100 },
    );
  });

  it('gives another list for another seed or another อปท.', () => {
    const rows = register(40);
    const ids = (seed: string, org = '6500101') =>
      spotCheck(org, rows, seed, 5).people.map((p) => p.citizenIdTail);
    expect(ids('a')).not.toEqual(ids('b'));
    expect(ids('a')).not.toEqual(ids('a', '6500102'));
  });

  it('is pinned: a known seed gives a known list (the algorithm must not drift between versions)', () => {
    expect(
      spotCheck('6500101', register(40), 'pinned', 3).people.map((p) => p.citizenIdTail),
    ).toMatchSnapshot();
  });
});
