// Chart data preparation: gaps where reads are missing, and downsampling that never drops
// the extremes. Pure functions over rows of { t: epoch ms, <series>: number | null }.

export type SeriesRow<K extends string> = { t: number } & { [key in K]: number | null };

/** Median spacing of consecutive readings: the product's usual interval, robust to outliers. */
export function usualInterval(times: number[]): number | null {
  const diffs: number[] = [];
  for (let i = 1; i < times.length; i++) diffs.push(times[i]! - times[i - 1]!);
  if (diffs.length === 0) return null;
  diffs.sort((a, b) => a - b);
  const mid = Math.floor(diffs.length / 2);
  return diffs.length % 2 ? diffs[mid]! : (diffs[mid - 1]! + diffs[mid]!) / 2;
}

// A chart must not draw a line through days without readings (failed reads): where the
// next reading came more than 1.5× the usual interval later, a row of nulls goes in at the
// moment the missed reading was due, and Recharts (connectNulls off) breaks the line there.
const gapFactor = 1.5;

export function insertGaps<K extends string>(rows: SeriesRow<K>[], keys: readonly K[], interval = usualInterval(rows.map((r) => r.t))): SeriesRow<K>[] {
  if (!interval || rows.length < 2) return rows;
  const out: SeriesRow<K>[] = [rows[0]!];
  for (let i = 1; i < rows.length; i++) {
    const prev = rows[i - 1]!;
    const row = rows[i]!;
    if (row.t - prev.t > gapFactor * interval) out.push(nullRow(prev.t + interval, keys));
    out.push(row);
  }
  return out;
}

function nullRow<K extends string>(t: number, keys: readonly K[]): SeriesRow<K> {
  return Object.assign({ t }, Object.fromEntries(keys.map((k) => [k, null]))) as SeriesRow<K>;
}

/**
 * At most `maxPoints` rows, chosen from the input (values are never averaged or invented).
 * Time is cut into equal buckets; in each bucket the rows holding each series' minimum and
 * maximum are kept, and the first row where a series is null (a gap or, say, no price while
 * out of stock), so every peak, trough and break survives. The first and last rows stay so
 * the chart spans the whole range.
 */
export function downsample<K extends string>(rows: SeriesRow<K>[], keys: readonly K[], maxPoints: number): SeriesRow<K>[] {
  if (rows.length <= maxPoints) return rows;
  if (maxPoints < 3 * keys.length + 2) throw new RangeError("maxPoints too small for the series count");
  // Each bucket keeps at most 3 rows per series (+ the two ends), so `lo` buckets always
  // fit; rows chosen for one series often serve another, so more buckets usually fit too.
  // Binary search for the most buckets that still fit the budget.
  let lo = Math.max(1, Math.floor((maxPoints - 2) / (3 * keys.length)));
  let hi = Math.max(lo, Math.floor(maxPoints / 2));
  const widest = keepExtremes(rows, keys, hi);
  if (widest.length <= maxPoints) return widest;
  let best = keepExtremes(rows, keys, lo);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    const kept = keepExtremes(rows, keys, mid);
    if (kept.length <= maxPoints) [lo, best] = [mid, kept];
    else hi = mid;
  }
  return best;
}

function keepExtremes<K extends string>(rows: SeriesRow<K>[], keys: readonly K[], buckets: number): SeriesRow<K>[] {
  const t0 = rows[0]!.t;
  const width = (rows.at(-1)!.t - t0) / buckets || 1;
  const k = keys.length;
  // Per bucket and series: the row index of the minimum, the maximum and the first null.
  const min = new Int32Array(buckets * k).fill(-1);
  const max = new Int32Array(buckets * k).fill(-1);
  const gap = new Int32Array(buckets * k).fill(-1);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const base = Math.min(buckets - 1, Math.floor((row.t - t0) / width)) * k;
    for (let s = 0; s < k; s++) {
      const v = row[keys[s]!];
      const slot = base + s;
      if (v === null) {
        if (gap[slot] === -1) gap[slot] = i;
      } else {
        if (min[slot] === -1 || v < (rows[min[slot]!]![keys[s]!] as number)) min[slot] = i;
        if (max[slot] === -1 || v > (rows[max[slot]!]![keys[s]!] as number)) max[slot] = i;
      }
    }
  }
  const keep = new Uint8Array(rows.length);
  keep[0] = keep[rows.length - 1] = 1;
  for (const picks of [min, max, gap]) for (const i of picks) if (i >= 0) keep[i] = 1;
  const out: SeriesRow<K>[] = [];
  for (let i = 0; i < rows.length; i++) if (keep[i]) out.push(rows[i]!);
  return out;
}
