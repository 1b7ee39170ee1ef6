import sharp from "sharp";
import type { AlertAnomaly } from "@/lib/alerts/alert-anomaly";
import type { EmailIntl } from "@/lib/alerts/emails/email-intl";
import { historyChartSvg, type ChartPoint } from "@/lib/alerts/emails/history-chart-svg";
import { severityColors } from "@/lib/alerts/emails/email-styles";
import type { MailAttachment } from "@/lib/alerts/mail-transport";
import type { Db } from "@/lib/db/client";
import type { AnomalyKind } from "@/lib/generated/prisma/enums";
import { getProductHistory } from "@/lib/history/get-product-history";
import { marketplaces } from "@/lib/marketplaces/marketplaces";

type Metric = "price" | "buyBoxPrice" | "bsr" | "rating" | "reviews";

// The series that shows the change best; listing and stock changes show the price around them.
const metricOf: Partial<Record<AnomalyKind, Metric>> = {
  buy_box_price_change: "buyBoxPrice",
  bsr_change: "bsr",
  competitor_bsr_overtake: "bsr",
  rating_drop: "rating",
  review_count_drop: "reviews",
  competitor_review_surge: "reviews",
};

/** The cid the HTML refers to; fixed, so the rendered HTML is the same on every run. */
const chartCid = "history-chart@asin-radar";

export type EmailChart = { attachment: MailAttachment; caption: string; alt: string; width: number; height: number };

/**
 * A PNG of the product's last 30 days up to the alert, the alert's moment marked, rendered
 * with sharp at twice its shown size for sharp phones. `anomalies` are one product's, most
 * severe first: the first decides the series. Null when there are not two readings to draw.
 */
export async function renderHistoryChart({ db, anomalies, intl }: { db: Db; anomalies: AlertAnomaly[]; intl: EmailIntl }): Promise<EmailChart | null> {
  const top = anomalies[0]!;
  const metric = metricOf[top.kind] ?? "price";
  const to = Math.max(...anomalies.map((a) => a.detectedAt.getTime()));
  const history = await getProductHistory({ db, workspaceId: top.workspaceId, productId: top.productId, range: "30d", now: new Date(to) });
  const points: ChartPoint[] = (() => {
    switch (metric) {
      case "price":
      case "buyBoxPrice": {
        const rows = history.price.map((r) => ({ t: r.t, v: r[metric] }));
        // Some sources report no separate buy box price: then the listing price is the line.
        return rows.some((r) => r.v !== null) ? rows : history.price.map((r) => ({ t: r.t, v: r.price }));
      }
      case "bsr":
        return history.bsr.map((r) => ({ t: r.t, v: r.bsr }));
      case "rating":
        return history.rating.map((r) => ({ t: r.t, v: r.rating }));
      case "reviews":
        return history.reviews.map((r) => ({ t: r.t, v: r.reviewCount }));
    }
  })().filter((p) => p.t <= to);

  const { format } = intl;
  const caption = intl.t(`alertEmail.chart.${metric === "buyBoxPrice" ? "price" : metric}`);
  const currency = history.currency ?? marketplaces[top.product.marketplace].currency;
  const formatValue = (v: number) =>
    metric === "price" || metric === "buyBoxPrice"
      ? format.number(v, { style: "currency", currency })
      : metric === "bsr"
        ? `#${format.number(Math.round(v))}`
        : format.number(v, { maximumFractionDigits: metric === "rating" ? 1 : 0 });
  const svg = await historyChartSvg({
    points,
    from: new Date(history.from ?? to).getTime(),
    to,
    marks: [...new Set(anomalies.map((a) => a.detectedAt.getTime()))],
    invert: metric === "bsr",
    formatValue,
    // Digits only: the chart's font has no CJK glyphs, and "11/10" reads in both languages.
    formatDay: (t) => format.dateTime(new Date(t), { month: "numeric", day: "numeric" }),
    markColor: severityColors[top.severity].accent,
    title: caption,
  });
  if (!svg) return null;
  const content = await sharp(Buffer.from(svg), { density: 144 }).png({ compressionLevel: 9 }).toBuffer();
  return {
    attachment: { filename: "history.png", content, cid: chartCid, contentType: "image/png" },
    caption,
    alt: intl.t("alertEmail.chart.alt", { metric: caption }),
    width: 520,
    height: Math.round((520 * 180) / 560),
  };
}
