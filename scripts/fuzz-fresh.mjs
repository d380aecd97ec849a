#!/usr/bin/env node
// `pnpm test:fuzz`: the fuzzers of tests/fuzz with a fresh seed (nightly style), more requests than the pinned
// run in `npm test`. The seed is printed first; a failure is rerun with FUZZ_SEED=<seed> and, once fixed, the
// seed is pinned in a regression test named after what it found.
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';

const seed = process.env.FUZZ_SEED ?? String(randomInt(1, 2 ** 31));
const count = process.env.FUZZ_COUNT ?? '10000';
console.log(`fuzz: FUZZ_SEED=${seed} FUZZ_COUNT=${count}`);
const result = spawnSync('pnpm', ['exec', 'vitest', 'run', '--project', 'unit', 'tests/fuzz'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_SEED: seed, FUZZ_COUNT: count },
});
if (result.status !== 0)
  console.log(`fuzz failed: rerun with FUZZ_SEED=${seed} FUZZ_COUNT=${count} pnpm test:fuzz`);
process.exit(result.status ?? 1);
