import { Heading, Link, Section, Text } from "@react-email/components";
import type { AnomalyText } from "@/lib/alerts/describe-anomaly";
import { EmailLayout, emailStyles, type EmailFooter } from "@/lib/alerts/emails/email-layout";

export type DigestGroup = { workspace: string; alerts: AnomalyText[] };
export type DigestEmailLabels = {
  brand: string;
  heading: string;
  intro: string;
  workspace: (name: string) => string;
  item: (alert: AnomalyText) => string;
  openProduct: string;
};

/** The day's alerts of one person, grouped by workspace, newest last. */
export function DigestEmail({ lang, groups, labels, footer }: { lang: string; groups: DigestGroup[]; labels: DigestEmailLabels; footer: EmailFooter }) {
  return (
    <EmailLayout lang={lang} preview={labels.intro} brand={labels.brand} footer={footer}>
      <Heading as="h1" style={emailStyles.heading}>
        {labels.heading}
      </Heading>
      <Text style={emailStyles.text}>{labels.intro}</Text>
      {groups.map((group) => (
        <Section key={group.workspace} style={{ margin: "16px 0 0" }}>
          {groups.length > 1 && (
            <Heading as="h2" style={{ ...emailStyles.heading, fontSize: "16px" }}>
              {labels.workspace(group.workspace)}
            </Heading>
          )}
          {group.alerts.map((a) => (
            <Section key={a.id} style={{ borderLeft: "3px solid #e4e4e7", margin: "0 0 12px", paddingLeft: "12px" }}>
              <Text style={{ ...emailStyles.text, fontWeight: 600, margin: "0 0 4px" }}>
                {labels.item(a)}
              </Text>
              <Text style={{ ...emailStyles.text, margin: "0 0 4px" }}>{a.reason}</Text>
              <Text style={emailStyles.muted}>
                {a.productLine} · {a.detectedAt} ·{" "}
                <Link href={a.productUrl} style={emailStyles.link}>
                  {labels.openProduct}
                </Link>
              </Text>
            </Section>
          ))}
        </Section>
      ))}
    </EmailLayout>
  );
}
