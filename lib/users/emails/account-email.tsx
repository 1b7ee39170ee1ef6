import { Button, Heading, Section, Text } from "@react-email/components";
import { EmailLayout } from "@/lib/alerts/emails/email-layout";
import { emailStyles } from "@/lib/alerts/emails/email-styles";

export type AccountEmailContent = { brand: string; heading: string; paragraphs: string[]; action?: { label: string; url: string }; note: string };

/** A message about the account itself (password reset, a sign-up attempt with a known address). */
export function AccountEmail({ lang, content }: { lang: string; content: AccountEmailContent }) {
  return (
    <EmailLayout lang={lang} preview={content.heading} brand={content.brand}>
      <Heading as="h1" className="ar-heading" style={emailStyles.heading}>
        {content.heading}
      </Heading>
      {content.paragraphs.map((p) => (
        <Text key={p} className="ar-text" style={emailStyles.text}>
          {p}
        </Text>
      ))}
      {content.action && (
        <Section style={{ margin: "16px 0" }}>
          <Button className="ar-button" href={content.action.url} style={emailStyles.button}>
            {content.action.label}
          </Button>
        </Section>
      )}
      <Text className="ar-muted" style={emailStyles.muted}>
        {content.note}
      </Text>
    </EmailLayout>
  );
}
