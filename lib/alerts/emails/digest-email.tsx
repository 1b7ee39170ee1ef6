import { Heading, Link, Section, Text } from "@react-email/components";
import type { ChangeFacts } from "@/lib/alerts/emails/change-facts";
import { ChangeTable } from "@/lib/alerts/emails/change-table";
import { EmailLayout, type EmailFooter, type EmailLink } from "@/lib/alerts/emails/email-layout";
import { ProductHeader, ProductLinks } from "@/lib/alerts/emails/email-parts";
import { emailStyles, severityColors } from "@/lib/alerts/emails/email-styles";
import type { Severity } from "@/lib/generated/prisma/enums";

export type DigestProduct = {
  id: string;
  severity: Severity;
  name: string;
  meta: string;
  imageUrl: string | null;
  facts: ChangeFacts[];
  app: EmailLink;
  amazon: EmailLink;
  /** "+3 more changes": rows left out to keep the email short. */
  more?: string;
};
export type DigestWorkspace = { id: string; heading: string | null; products: DigestProduct[] };

export type DigestView = {
  lang: string;
  preview: string;
  brand: string;
  heading: string;
  summary: string;
  kindCounts: string;
  workspaces: DigestWorkspace[];
  /** Products left out entirely, with the link to all alerts. */
  more?: EmailLink;
  thresholdLabel: (threshold: string) => string;
  titleLegend: string;
  footer: EmailFooter;
};

/** A person's alerts of the day: a summary, then each product's changes, most severe first. */
export function DigestEmail(v: DigestView) {
  return (
    <EmailLayout lang={v.lang} preview={v.preview} brand={v.brand} footer={v.footer}>
      <Heading as="h1" className="ar-heading" style={emailStyles.heading}>
        {v.heading}
      </Heading>
      <Text className="ar-text" style={{ ...emailStyles.text, margin: "4px 0 4px" }}>
        {v.summary}
      </Text>
      <Text className="ar-muted" style={{ ...emailStyles.muted, margin: "0 0 16px" }}>
        {v.kindCounts}
      </Text>
      {v.workspaces.map((w) => (
        <Section key={w.id}>
          {w.heading && (
            <Heading as="h2" className="ar-heading" style={{ ...emailStyles.heading, fontSize: "15px", margin: "8px 0 8px" }}>
              {w.heading}
            </Heading>
          )}
          {w.products.map((p) => (
            <Section
              key={p.id}
              className="ar-product"
              style={{
                border: "1px solid #e4e4e7",
                borderLeft: `4px solid ${severityColors[p.severity].accent}`,
                borderRadius: "8px",
                margin: "0 0 12px",
                padding: "12px 12px 8px",
              }}
            >
              <ProductHeader imageUrl={p.imageUrl} name={p.name} meta={p.meta} size={44} as="h2" />
              <ChangeTable facts={p.facts} thresholdLabel={v.thresholdLabel} titleLegend={v.titleLegend} />
              {p.more && (
                <Text className="ar-muted" style={{ ...emailStyles.muted, margin: "-8px 0 8px" }}>
                  {p.more}
                </Text>
              )}
              <ProductLinks app={p.app} amazon={p.amazon} />
            </Section>
          ))}
        </Section>
      ))}
      {v.more && (
        <Text className="ar-text" style={{ ...emailStyles.text, margin: "8px 0 0" }}>
          <Link className="ar-link" href={v.more.url} style={{ ...emailStyles.link, fontWeight: 600 }}>
            {v.more.label}
          </Link>
        </Text>
      )}
    </EmailLayout>
  );
}
