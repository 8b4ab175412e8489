/** Order statistics of a sample: the median and upper percentiles the bench reports. */

/**
 * The q-quantile of `values` (0 <= q <= 1), linearly interpolated between the two nearest ranks
 * (the definition of numpy's default and of Excel's PERCENTILE.INC). NaN for an empty sample.
 */
export function quantile(values: readonly number[], q: number): number {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile: q must be between 0 and 1, got ${String(q)}`);
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = q * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

/** The median: quantile 0.5. */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}
