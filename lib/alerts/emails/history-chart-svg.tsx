import { render } from "@react-email/components";

// The small 30-day chart of an alert email, drawn as SVG (the server turns it into a PNG:
// email clients do not show SVG). Pure: points in, markup out, so it is tested as text.
// React writes the markup (through React Email's renderer: Next.js refuses react-dom/server
// in server code), so no label can break it.

export type ChartPoint = { t: number; v: number | null };

export type ChartInput = {
  points: ChartPoint[];
  /** Time span shown (epoch ms). */
  from: number;
  to: number;
  /** Moments of the alert, marked with a line and a dot on the series. */
  marks: number[];
  /** Ranks: 1 is the best, so it is drawn at the top. */
  invert?: boolean;
  formatValue: (v: number) => string;
  formatDay: (t: number) => string;
  markColor: string;
  /** What the chart shows, for readers of the SVG itself. */
  title: string;
};

const chartWidth = 560;
const chartHeight = 180;
const pad = { left: 12, right: 108, top: 18, bottom: 36 };
const label = { fontFamily: "DejaVu Sans, Arial, Helvetica, sans-serif", fontSize: 18, fill: "#52525b" } as const;
const round = (n: number) => Math.round(n * 10) / 10;

/** Null when there is nothing to draw (fewer than two readings with a value). */
export async function historyChartSvg(input: ChartInput): Promise<string | null> {
  const values = input.points.flatMap((p) => (p.v === null ? [] : [p.v]));
  if (values.length < 2) return null;
  let min = Math.min(...values);
  let max = Math.max(...values);
  // A flat line sits in the middle instead of on an edge.
  if (min === max) {
    const d = Math.abs(min) * 0.05 || 1;
    min -= d;
    max += d;
  }
  const span = Math.max(1, input.to - input.from);
  const w = chartWidth - pad.left - pad.right;
  const h = chartHeight - pad.top - pad.bottom;
  const x = (t: number) => round(pad.left + ((Math.min(Math.max(t, input.from), input.to) - input.from) / span) * w);
  const y = (v: number) => {
    const f = (v - min) / (max - min);
    return round(pad.top + (input.invert ? f : 1 - f) * h);
  };

  // A null breaks the line: no reading there (lib/history/downsample.ts inserts them at gaps).
  let path = "";
  let pen = false;
  for (const p of input.points) {
    if (p.v === null) {
      pen = false;
      continue;
    }
    path += `${pen ? "L" : "M"}${x(p.t)} ${y(p.v)}`;
    pen = true;
  }
  const right = chartWidth - pad.right + 10;

  const markup = await render(
    <svg xmlns="http://www.w3.org/2000/svg" width={chartWidth} height={chartHeight} viewBox={`0 0 ${chartWidth} ${chartHeight}`}>
      <title>{input.title}</title>
      <rect x={0.5} y={0.5} width={chartWidth - 1} height={chartHeight - 1} rx={8} fill="#ffffff" stroke="#e4e4e7" />
      <line x1={pad.left} x2={pad.left + w} y1={pad.top} y2={pad.top} stroke="#f4f4f5" />
      <line x1={pad.left} x2={pad.left + w} y1={pad.top + h} y2={pad.top + h} stroke="#e4e4e7" />
      <path d={path} fill="none" stroke="#2563eb" strokeWidth={2.5} strokeLinejoin="round" strokeLinecap="round" />
      {input.marks.map((t) => {
        const at = nearest(input.points, t);
        return (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={pad.top - 4} y2={pad.top + h} stroke={input.markColor} strokeWidth={2} strokeDasharray="4 3" />
            {at && at.v !== null && <circle cx={x(at.t)} cy={y(at.v)} r={5} fill={input.markColor} stroke="#ffffff" strokeWidth={2} />}
          </g>
        );
      })}
      <text x={right} y={pad.top + 6} {...label}>
        {input.formatValue(input.invert ? min : max)}
      </text>
      <text x={right} y={pad.top + h} {...label}>
        {input.formatValue(input.invert ? max : min)}
      </text>
      <text x={pad.left} y={chartHeight - 10} {...label}>
        {input.formatDay(input.from)}
      </text>
      <text x={pad.left + w} y={chartHeight - 10} textAnchor="end" {...label}>
        {input.formatDay(input.to)}
      </text>
    </svg>,
  );
  // The renderer wraps a document in a doctype and Suspense markers; the file is the <svg> alone.
  return markup.match(/<svg[\s\S]*<\/svg>/)?.[0] ?? null;
}

function nearest(points: ChartPoint[], t: number): ChartPoint | undefined {
  let best: ChartPoint | undefined;
  for (const p of points) if (p.v !== null && (!best || Math.abs(p.t - t) < Math.abs(best.t - t))) best = p;
  return best;
}
