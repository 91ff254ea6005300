import fc from 'fast-check';

/**
 * Vitest setup for every project: each test file's property tests run with one seed, printed, so a failure seen once
 * (in CI or anywhere) replays exactly with `FC_SEED=<seed> npx vitest run <file>`. Tests that pass their own seed keep
 * it.
 */
const fromEnv = Number(process.env.FC_SEED);
const seed = process.env.FC_SEED && Number.isInteger(fromEnv) ? fromEnv : Math.floor(Math.random() * 2 ** 31);
fc.configureGlobal({ seed });
console.log(`fast-check seed ${seed} (replay: FC_SEED=${seed})`);
