import { Button, Heading, Section, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "@/lib/alerts/emails/email-layout";

export type AccountEmailContent = { brand: string; heading: string; paragraphs: string[]; action?: { label: string; url: string }; note: string };

/** A message about the account itself (password reset, a sign-up attempt with a known address). */
export function AccountEmail({ lang, content }: { lang: string; content: AccountEmailContent }) {
  return (
    <EmailLayout lang={lang} preview={content.heading} brand={content.brand}>
      <Heading as="h1" style={emailStyles.heading}>
        {content.heading}
      </Heading>
      {content.paragraphs.map((p) => (
        <Text key={p} style={emailStyles.text}>
          {p}
        </Text>
      ))}
      {content.action && (
        <Section style={{ margin: "16px 0" }}>
          <Button href={content.action.url} style={emailStyles.button}>
            {content.action.label}
          </Button>
        </Section>
      )}
      <Text style={emailStyles.muted}>{content.note}</Text>
    </EmailLayout>
  );
}
