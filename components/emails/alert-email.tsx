import { Button, Heading, Section, Text } from "@react-email/components";
import type { AnomalyText } from "@/lib/alerts/describe-anomaly";
import { EmailLayout, emailStyles, type EmailFooter } from "./email-layout";

export type AlertEmailLabels = { brand: string; severity: string; detected: string; change: string; openProduct: string };

/** One anomaly, sent at once: what changed, on which product, and a link to that moment. */
export function AlertEmail({ lang, alert, labels, footer }: { lang: string; alert: AnomalyText; labels: AlertEmailLabels; footer: EmailFooter }) {
  return (
    <EmailLayout lang={lang} preview={alert.reason} brand={labels.brand} footer={footer}>
      <Heading as="h1" style={emailStyles.heading}>
        {alert.kindLabel}: {alert.productName}
      </Heading>
      <Text style={emailStyles.muted}>{alert.productLine}</Text>
      <Text style={emailStyles.text}>{alert.reason}</Text>
      {alert.before !== undefined && alert.after !== undefined && (
        <Text style={emailStyles.text}>
          {labels.change}: <strong>{alert.before}</strong> → <strong>{alert.after}</strong>
        </Text>
      )}
      <Text style={emailStyles.muted}>
        {labels.severity}: {alert.severityLabel} · {labels.detected}: {alert.detectedAt}
      </Text>
      <Section style={{ margin: "16px 0" }}>
        <Button href={alert.productUrl} style={emailStyles.button}>
          {labels.openProduct}
        </Button>
      </Section>
    </EmailLayout>
  );
}
