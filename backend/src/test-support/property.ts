import type fc from 'fast-check';

/**
 * fast-check parameters with a seed that is always printed, so a run that failed in CI (even flakily) can be replayed
 * exactly: `FC_SEED=<seed> npx vitest run <file>`.
 */
export function seeded<T>(name: string, numRuns: number): fc.Parameters<T> {
  const fromEnv = Number(process.env.FC_SEED);
  const seed = Number.isInteger(fromEnv) && process.env.FC_SEED ? fromEnv : Date.now() % 2 ** 31;
  console.log(`property "${name}": fast-check seed ${seed} (replay: FC_SEED=${seed})`);
  return { seed, numRuns };
}
