import { Img, Section, Text } from "@react-email/components";
import type { ChangeFacts } from "@/lib/alerts/emails/change-facts";
import { ChangeTable } from "@/lib/alerts/emails/change-table";
import { EmailLayout, type EmailFooter, type EmailLink } from "@/lib/alerts/emails/email-layout";
import { ProductButtons, ProductHeader, SeverityBanner } from "@/lib/alerts/emails/email-parts";
import { emailStyles } from "@/lib/alerts/emails/email-styles";
import type { Severity } from "@/lib/generated/prisma/enums";

export type ProductAlertView = {
  lang: string;
  preview: string;
  brand: string;
  severity: Severity;
  banner: string;
  product: { name: string; meta: string; imageUrl: string | null };
  facts: ChangeFacts[];
  chart: { src: string; alt: string; caption: string; width: number; height: number } | null;
  app: EmailLink;
  amazon: EmailLink;
  thresholdLabel: (threshold: string) => string;
  titleLegend: string;
  footer: EmailFooter;
};

/** One product's changes from one crawl: banner, product, the changes, its month, links. */
export function ProductAlertEmail(v: ProductAlertView) {
  return (
    <EmailLayout lang={v.lang} preview={v.preview} brand={v.brand} footer={v.footer}>
      <SeverityBanner severity={v.severity} text={v.banner} />
      <ProductHeader imageUrl={v.product.imageUrl} name={v.product.name} meta={v.product.meta} />
      <ChangeTable facts={v.facts} thresholdLabel={v.thresholdLabel} titleLegend={v.titleLegend} />
      {v.chart && (
        <Section style={{ margin: "0 0 16px" }}>
          <Text className="ar-muted" style={{ ...emailStyles.muted, margin: "0 0 6px" }}>
            {v.chart.caption}
          </Text>
          <Img
            src={v.chart.src}
            alt={v.chart.alt}
            width={v.chart.width}
            height={v.chart.height}
            style={{ display: "block", height: "auto", maxWidth: "100%", width: "100%" }}
          />
        </Section>
      )}
      <ProductButtons app={v.app} amazon={v.amazon} />
    </EmailLayout>
  );
}
