import { Body, Container, Head, Html, Link, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import { emailCss, emailStyles } from "@/lib/alerts/emails/email-styles";

export type EmailLink = { label: string; url: string };
export type EmailFooter = { text: string; links: EmailLink[]; unsubscribe: EmailLink[] };

/** The frame of every alert email: a card on a grey page, the footer with its links below. */
export function EmailLayout({
  lang,
  preview,
  brand,
  footer,
  children,
}: {
  lang: string;
  preview: string;
  brand: string;
  footer?: EmailFooter;
  children: ReactNode;
}) {
  return (
    <Html lang={lang}>
      <Head>
        <meta name="color-scheme" content="light dark" />
        <meta name="supported-color-schemes" content="light dark" />
        <style>{emailCss}</style>
      </Head>
      <Preview>{preview}</Preview>
      <Body className="ar-body" style={emailStyles.body}>
        <Container className="ar-outer" style={emailStyles.outer}>
          <Section className="ar-card" style={emailStyles.card}>
            <Text className="ar-muted" style={emailStyles.brand}>
              {brand}
            </Text>
            {children}
          </Section>
          {footer && (
            <Section style={{ padding: "16px 8px 0" }}>
              <Text className="ar-muted" style={{ ...emailStyles.muted, margin: "0 0 8px" }}>
                {footer.text}
              </Text>
              <Text className="ar-muted" style={{ ...emailStyles.muted, margin: "0 0 8px" }}>
                {footer.links.map((l, i) => (
                  <span key={l.url}>
                    {i > 0 && " · "}
                    <Link className="ar-link" href={l.url} style={emailStyles.link}>
                      {l.label}
                    </Link>
                  </span>
                ))}
              </Text>
              {footer.unsubscribe.map((l) => (
                <Text key={l.url} className="ar-muted" style={{ ...emailStyles.muted, margin: "0 0 4px" }}>
                  <Link className="ar-link" href={l.url} style={emailStyles.link}>
                    {l.label}
                  </Link>
                </Text>
              ))}
            </Section>
          )}
        </Container>
      </Body>
    </Html>
  );
}
