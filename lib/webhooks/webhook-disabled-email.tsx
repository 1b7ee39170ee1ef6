import { Body, Button, Container, Head, Html, Preview, Text, render } from "@react-email/components";
import { createFormatter, createTranslator } from "next-intl";
import { loadMessages } from "@/lib/i18n/load-messages";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { workspaceUrl } from "@/lib/links/workspace-url";

// A plain notice, not an alert: kept apart from the alert email designs on purpose, it only
// has to say which endpoint stopped, since when, and where to turn it back on.
const styles = {
  body: { backgroundColor: "#f4f4f5", fontFamily: "-apple-system, 'Segoe UI', Roboto, 'PingFang SC', 'Microsoft YaHei', sans-serif", margin: 0 },
  container: { backgroundColor: "#ffffff", borderRadius: "8px", margin: "24px auto", maxWidth: "560px", padding: "24px" },
  text: { color: "#27272a", fontSize: "15px", lineHeight: "22px", margin: "0 0 12px" },
  url: { color: "#27272a", fontFamily: "ui-monospace, Menlo, monospace", fontSize: "13px", margin: "0 0 12px", wordBreak: "break-all" as const },
  button: { backgroundColor: "#18181b", borderRadius: "6px", color: "#ffffff", fontSize: "14px", fontWeight: 600, padding: "10px 16px" },
};

export type WebhookDisabledNotice = { workspaceId: string; workspaceName: string; url: string; failingSince: Date; days: number };

export async function renderWebhookDisabledEmail({ notice, locale: raw, appUrl }: { notice: WebhookDisabledNotice; locale: string | null; appUrl: string }) {
  const locale = isLocale(raw) ? raw : defaultLocale;
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages: messages as never, namespace: "webhookSettings.disabledEmail" as never }) as unknown as (
    key: string,
    values?: Record<string, string | number>,
  ) => string;
  const since = createFormatter({ locale, timeZone: "UTC" }).dateTime(notice.failingSince, { dateStyle: "medium", timeStyle: "short" });
  const values = { workspace: notice.workspaceName, days: notice.days, since: `${since} UTC` };
  const element = (
    <Html lang={locale}>
      <Head />
      <Preview>{t("preview", values)}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.text}>{t("intro", values)}</Text>
          <Text style={styles.url}>{notice.url}</Text>
          <Text style={styles.text}>{t("next")}</Text>
          <Button href={workspaceUrl(appUrl, notice.workspaceId, "/settings/webhooks")} style={styles.button}>
            {t("open")}
          </Button>
        </Container>
      </Body>
    </Html>
  );
  return { subject: t("subject", values), html: await render(element), text: await render(element, { plainText: true }) };
}
