import fc from 'fast-check'

const DEFAULT_RUNS = 100

/**
 * How many cases every property test tries: 100 for a quick `npm test`,
 * PROPERTY_RUNS (1,000 in `npm run test:properties`, which CI runs) otherwise.
 */
export function configurePropertyRuns(env: Record<string, string | undefined>) {
  const asked = Number(env.PROPERTY_RUNS)
  const numRuns = Number.isInteger(asked) && asked > 0 ? asked : DEFAULT_RUNS
  fc.configureGlobal({ numRuns })
  return numRuns
}
