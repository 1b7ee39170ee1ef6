import { Body, Container, Head, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

// Inline styles only: email clients ignore stylesheets and most CSS.
export const emailStyles = {
  body: { backgroundColor: "#f4f4f5", fontFamily: "-apple-system, 'Segoe UI', Roboto, 'PingFang SC', 'Microsoft YaHei', sans-serif", margin: 0 },
  container: { backgroundColor: "#ffffff", borderRadius: "8px", margin: "24px auto", maxWidth: "560px", padding: "24px" },
  brand: { color: "#71717a", fontSize: "13px", fontWeight: 600, letterSpacing: "0.02em", margin: "0 0 16px" },
  heading: { color: "#18181b", fontSize: "20px", fontWeight: 600, margin: "0 0 8px" },
  text: { color: "#27272a", fontSize: "15px", lineHeight: "22px", margin: "0 0 12px" },
  muted: { color: "#71717a", fontSize: "13px", lineHeight: "20px", margin: "0 0 8px" },
  button: {
    backgroundColor: "#18181b",
    borderRadius: "6px",
    color: "#ffffff",
    display: "inline-block",
    fontSize: "14px",
    fontWeight: 600,
    padding: "10px 16px",
    textDecoration: "none",
  },
  link: { color: "#2563eb" },
} as const;

export type EmailFooter = { text: string; settingsLabel: string; settingsUrl: string; alertsLabel: string; alertsUrl: string };

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
      <Head />
      <Preview>{preview}</Preview>
      <Body style={emailStyles.body}>
        <Container style={emailStyles.container}>
          <Text style={emailStyles.brand}>{brand}</Text>
          {children}
          {footer && <Hr />}
          {footer && (
            <Section>
              <Text style={emailStyles.muted}>{footer.text}</Text>
              <Text style={emailStyles.muted}>
                <Link href={footer.alertsUrl} style={emailStyles.link}>
                  {footer.alertsLabel}
                </Link>
                {" · "}
                <Link href={footer.settingsUrl} style={emailStyles.link}>
                  {footer.settingsLabel}
                </Link>
              </Text>
            </Section>
          )}
        </Container>
      </Body>
    </Html>
  );
}
