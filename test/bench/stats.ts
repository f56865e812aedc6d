export type Spread = { median: number; p95: number; max: number; count: number }

export function spread(samples: number[]): Spread {
  const sorted = samples.toSorted((a, b) => a - b)
  const at = (quantile: number) => sorted[Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] ?? Number.NaN
  return { median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? Number.NaN, count: sorted.length }
}
