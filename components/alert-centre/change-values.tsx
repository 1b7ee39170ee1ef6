import { getFormatter, getTranslations } from "next-intl/server";
import type { AnomalyListItem } from "@/lib/anomalies/list-anomalies";

// "before → after" in the reader's own number format (the stored sentence carries
// locale-neutral values; this line is formatted fresh from the stored raw values).
export async function ChangeValues({ item }: { item: AnomalyListItem }) {
  const [t, format] = await Promise.all([getTranslations("alerts.values"), getFormatter()]);
  const currency = item.product.currency ?? "USD";
  const money = (v: unknown) => (typeof v === "number" ? format.number(v, { style: "currency", currency }) : t("none"));
  const num = (v: unknown) => (typeof v === "number" ? format.number(v) : t("none"));
  const text = (v: unknown) => (typeof v === "string" && v !== "" ? v : t("none"));
  const seller = (v: unknown) => text((v as { name?: string | null; id?: string | null } | null)?.name ?? (v as { id?: string } | null)?.id);
  const values = item.reason.values;

  let pair: [string, string] | string;
  switch (item.kind) {
    case "price_change":
    case "buy_box_price_change":
      pair = [money(item.before), money(item.after)];
      break;
    case "bsr_change":
      pair = [`#${num(item.before)}`, `#${num(item.after)}`];
      break;
    case "rating_drop":
      pair = [t("stars", { value: num(item.before) }), t("stars", { value: num(item.after) })];
      break;
    case "review_count_drop":
      pair = [t("reviews", { count: num(item.before) }), t("reviews", { count: num(item.after) })];
      break;
    case "out_of_stock":
      pair = [t("inStock"), t("outOfStock")];
      break;
    case "back_in_stock":
      pair = [t("outOfStock"), t("inStock")];
      break;
    case "buy_box_seller_change":
      pair = [seller(item.before), seller(item.after)];
      break;
    case "bullets_change":
    case "images_change":
      pair = t("listChange", { added: Number(values.added ?? 0), removed: Number(values.removed ?? 0) });
      break;
    default:
      pair = [text(item.before), text(item.after)];
  }
  if (typeof pair === "string") return <span data-testid="change">{pair}</span>;
  return (
    <span data-testid="change" className="break-words">
      <span className="text-muted-foreground">{pair[0]}</span>
      <span aria-hidden> → </span>
      <span className="sr-only"> / </span>
      <span className="font-medium">{pair[1]}</span>
    </span>
  );
}
