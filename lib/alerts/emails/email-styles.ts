import type { Severity } from "@/lib/generated/prisma/enums";

// Inline styles carry the light look (email clients drop most stylesheets); the <style> below
// adds dark mode and the phone width for clients that honour it (Apple Mail, iOS, Outlook
// apps, Gmail partly). Classes name what the dark rules target.

const colors = {
  page: "#f4f4f5",
  card: "#ffffff",
  border: "#e4e4e7",
  text: "#27272a",
  heading: "#18181b",
  muted: "#71717a",
  link: "#1d4ed8",
  button: "#1d4ed8",
} as const;

export const severityColors: Record<Severity, { accent: string; tint: string; ink: string }> = {
  critical: { accent: "#dc2626", tint: "#fef2f2", ink: "#991b1b" },
  warning: { accent: "#d97706", tint: "#fffbeb", ink: "#92400e" },
  info: { accent: "#2563eb", tint: "#eff6ff", ink: "#1e40af" },
};

const fontFamily = "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, 'PingFang SC', 'Microsoft YaHei', sans-serif";

export const emailStyles = {
  body: { backgroundColor: colors.page, fontFamily, margin: 0, padding: 0 },
  outer: { maxWidth: "600px", margin: "0 auto", padding: "20px 12px" },
  card: { backgroundColor: colors.card, border: `1px solid ${colors.border}`, borderRadius: "10px", padding: "24px" },
  brand: { color: colors.muted, fontSize: "13px", fontWeight: 600, letterSpacing: "0.02em", margin: "0 0 16px" },
  heading: { color: colors.heading, fontSize: "19px", fontWeight: 650, lineHeight: "26px", margin: "0 0 4px", wordBreak: "break-word" },
  text: { color: colors.text, fontSize: "15px", lineHeight: "22px", margin: "0 0 12px" },
  muted: { color: colors.muted, fontSize: "13px", lineHeight: "19px", margin: "0" },
  link: { color: colors.link, textDecoration: "underline" },
  // Blue with a darker border: under a client's forced dark mode it stays a blue button on a
  // dark card, where a near-black button melted into the card.
  button: {
    backgroundColor: colors.button,
    border: "1px solid #1e3a8a",
    borderRadius: "6px",
    color: "#ffffff",
    display: "inline-block",
    fontSize: "14px",
    fontWeight: 600,
    lineHeight: "20px",
    padding: "10px 16px",
    textDecoration: "none",
  },
  secondaryButton: {
    backgroundColor: "#ffffff",
    border: `1px solid #a1a1aa`,
    borderRadius: "6px",
    color: colors.heading,
    display: "inline-block",
    fontSize: "14px",
    fontWeight: 600,
    lineHeight: "20px",
    padding: "9px 15px",
    textDecoration: "none",
  },
} as const;

export const emailCss = `
:root { color-scheme: light dark; supported-color-schemes: light dark; }
.ar-value, .ar-heading { overflow-wrap: anywhere; }
@media (max-width: 480px) {
  .ar-outer { padding: 8px 6px !important; }
  .ar-card { padding: 16px !important; }
  .ar-heading { font-size: 17px !important; line-height: 23px !important; }
  .ar-kind { width: 38% !important; }
}
@media (prefers-color-scheme: dark) {
  .ar-body, .ar-outer { background-color: #09090b !important; }
  .ar-card { background-color: #18181b !important; border-color: #3f3f46 !important; }
  .ar-heading { color: #fafafa !important; }
  .ar-text, .ar-value { color: #e4e4e7 !important; }
  .ar-muted { color: #a1a1aa !important; }
  .ar-link { color: #93c5fd !important; }
  .ar-row { border-color: #3f3f46 !important; }
  .ar-button { background-color: #3b82f6 !important; border-color: #93c5fd !important; color: #ffffff !important; }
  .ar-button2 { background-color: #27272a !important; border-color: #71717a !important; color: #fafafa !important; }
  .ar-banner-critical { background-color: #450a0a !important; color: #fecaca !important; }
  .ar-banner-warning { background-color: #451a03 !important; color: #fde68a !important; }
  .ar-banner-info { background-color: #172554 !important; color: #bfdbfe !important; }
  .ar-added { background-color: #14532d !important; color: #dcfce7 !important; }
  .ar-removed { color: #fca5a5 !important; }
  .ar-product { border-color: #3f3f46 !important; }
  .ar-sev-critical { color: #fca5a5 !important; }
  .ar-sev-warning { color: #fcd34d !important; }
  .ar-sev-info { color: #93c5fd !important; }
}
[data-ogsc] .ar-button { background-color: #3b82f6 !important; border-color: #93c5fd !important; color: #ffffff !important; }
[data-ogsc] .ar-button2 { border-color: #71717a !important; }
`;
