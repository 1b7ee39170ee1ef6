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
export const gapFactor = 1.5;

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
  let buckets = Math.max(1, Math.floor(maxPoints / 2));
  for (;;) {
    const kept = keepExtremes(rows, keys, buckets);
    if (kept.length <= maxPoints || buckets === 1) return kept;
    // Rows chosen for one series often serve another; shrink until the budget fits.
    buckets = Math.max(1, Math.min(buckets - 1, Math.floor((buckets * maxPoints) / kept.length)));
  }
}

function keepExtremes<K extends string>(rows: SeriesRow<K>[], keys: readonly K[], buckets: number): SeriesRow<K>[] {
  const t0 = rows[0]!.t;
  const width = (rows.at(-1)!.t - t0) / buckets || 1;
  const keep = new Set<number>([0, rows.length - 1]);
  type Pick = { min: number; max: number; gap: number };
  let bucket = -1;
  let picks: Pick[] = [];
  const flush = () => picks.forEach((p) => [p.min, p.max, p.gap].forEach((i) => i >= 0 && keep.add(i)));
  rows.forEach((row, i) => {
    const b = Math.min(buckets - 1, Math.floor((row.t - t0) / width));
    if (b !== bucket) {
      flush();
      bucket = b;
      picks = keys.map(() => ({ min: -1, max: -1, gap: -1 }));
    }
    keys.forEach((key, k) => {
      const p = picks[k]!;
      const v = row[key];
      if (v === null) {
        if (p.gap < 0) p.gap = i;
        return;
      }
      if (p.min < 0 || v < (rows[p.min]![key] as number)) p.min = i;
      if (p.max < 0 || v > (rows[p.max]![key] as number)) p.max = i;
    });
  });
  flush();
  return [...keep].sort((a, b) => a - b).map((i) => rows[i]!);
}
