export type Point = { t: number; v: number };

/**
 * Thins a time series to at most about `maxPoints` points for a chart, keeping the shape:
 * the range is split into equal time buckets and each bucket keeps its lowest and highest
 * point (in time order), so spikes and dips survive where an average would flatten them.
 * Series already short enough are returned as they are.
 */
export function downsampleMinMax(points: Point[], maxPoints: number): Point[] {
  if (points.length <= maxPoints || points.length < 3) return points;
  const buckets = Math.max(1, Math.floor(maxPoints / 2));
  const start = points[0].t;
  const span = points[points.length - 1].t - start || 1;
  const out: Point[] = [];
  let current = -1;
  let min: Point | null = null;
  let max: Point | null = null;
  const flush = () => {
    if (!min || !max) return;
    if (min === max) out.push(min);
    else out.push(...(min.t <= max.t ? [min, max] : [max, min]));
  };
  for (const p of points) {
    const bucket = Math.min(buckets - 1, Math.floor(((p.t - start) / span) * buckets));
    if (bucket !== current) {
      flush();
      current = bucket;
      min = max = p;
      continue;
    }
    if (p.v < min!.v) min = p;
    if (p.v > max!.v) max = p;
  }
  flush();
  return out;
}
