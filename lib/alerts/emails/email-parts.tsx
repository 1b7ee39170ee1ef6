import { Button, Column, Img, Link, Row, Section, Text } from "@react-email/components";
import type { EmailLink } from "@/lib/alerts/emails/email-layout";
import { emailStyles, severityColors } from "@/lib/alerts/emails/email-styles";
import type { Severity } from "@/lib/generated/prisma/enums";

const marks: Record<Severity, string> = { critical: "■", warning: "▲", info: "●" };

/** Severity in colour and in words (a colour alone says nothing to a colour-blind reader). */
export function SeverityBanner({ severity, text }: { severity: Severity; text: string }) {
  const c = severityColors[severity];
  return (
    <Section
      className={`ar-banner-${severity}`}
      style={{ backgroundColor: c.tint, borderLeft: `4px solid ${c.accent}`, borderRadius: "6px", color: c.ink, margin: "0 0 16px", padding: "10px 12px" }}
    >
      <Text style={{ color: "inherit", fontSize: "14px", fontWeight: 600, lineHeight: "20px", margin: 0 }}>
        <span aria-hidden="true">{marks[severity]} </span>
        {text}
      </Text>
    </Section>
  );
}

/** Image (when the listing has one), name and the ASIN line of a product. */
export function ProductHeader({
  imageUrl,
  name,
  meta,
  size = 64,
  as = "h1",
}: {
  imageUrl: string | null;
  name: string;
  meta: string;
  size?: number;
  as?: "h1" | "h2";
}) {
  const Heading = as;
  const title = (
    <>
      <Heading className="ar-heading" style={{ ...emailStyles.heading, fontSize: as === "h1" ? "19px" : "16px", lineHeight: as === "h1" ? "26px" : "22px" }}>
        {name}
      </Heading>
      <Text className="ar-muted" style={emailStyles.muted}>
        {meta}
      </Text>
    </>
  );
  if (!imageUrl) return <Section style={{ margin: "0 0 12px" }}>{title}</Section>;
  return (
    <Row style={{ margin: "0 0 12px" }}>
      <Column style={{ width: `${size + 14}px`, verticalAlign: "top" }}>
        <Img
          src={imageUrl}
          width={size}
          height={size}
          alt=""
          style={{ backgroundColor: "#ffffff", border: "1px solid #e4e4e7", borderRadius: "6px", objectFit: "contain" }}
        />
      </Column>
      <Column style={{ verticalAlign: "top" }}>{title}</Column>
    </Row>
  );
}

/** The product in the app (primary) and on Amazon. */
export function ProductButtons({ app, amazon }: { app: EmailLink; amazon: EmailLink }) {
  return (
    <Section style={{ margin: "4px 0 0" }}>
      <Button className="ar-button" href={app.url} style={{ ...emailStyles.button, margin: "0 8px 8px 0" }}>
        {app.label}
      </Button>{" "}
      <Button className="ar-button2" href={amazon.url} style={{ ...emailStyles.secondaryButton, margin: "0 0 8px" }}>
        {amazon.label}
      </Button>
    </Section>
  );
}

/** The same two links, small, for the digest's product blocks. */
export function ProductLinks({ app, amazon }: { app: EmailLink; amazon: EmailLink }) {
  return (
    <Text className="ar-muted" style={{ ...emailStyles.muted, margin: "4px 0 0" }}>
      <Link className="ar-link" href={app.url} style={{ ...emailStyles.link, fontWeight: 600 }}>
        {app.label}
      </Link>
      {" · "}
      <Link className="ar-link" href={amazon.url} style={emailStyles.link}>
        {amazon.label}
      </Link>
    </Text>
  );
}
