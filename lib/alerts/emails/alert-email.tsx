import { Button, Heading, Section, Text } from "@react-email/components";
import type { AnomalyText } from "@/lib/alerts/describe-anomaly";
import { EmailLayout, emailStyles, type EmailFooter } from "@/lib/alerts/emails/email-layout";

/** Translated lines, built by the caller in the recipient's language. */
export type AlertEmailLabels = { brand: string; heading: string; change?: string; meta: string; openProduct: string };

/** One anomaly, sent at once: what changed, on which product, and a link to that moment. */
export function AlertEmail({ lang, alert, labels, footer }: { lang: string; alert: AnomalyText; labels: AlertEmailLabels; footer: EmailFooter }) {
  return (
    <EmailLayout lang={lang} preview={alert.reason} brand={labels.brand} footer={footer}>
      <Heading as="h1" style={emailStyles.heading}>
        {labels.heading}
      </Heading>
      <Text style={emailStyles.muted}>{alert.productLine}</Text>
      <Text style={emailStyles.text}>{alert.reason}</Text>
      {labels.change && <Text style={{ ...emailStyles.text, fontWeight: 600 }}>{labels.change}</Text>}
      <Text style={emailStyles.muted}>{labels.meta}</Text>
      <Section style={{ margin: "16px 0" }}>
        <Button href={alert.productUrl} style={emailStyles.button}>
          {labels.openProduct}
        </Button>
      </Section>
    </EmailLayout>
  );
}
