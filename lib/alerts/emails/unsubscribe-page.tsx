import { Heading, Text } from "@react-email/components";
import { EmailLayout } from "@/lib/alerts/emails/email-layout";
import { emailStyles } from "@/lib/alerts/emails/email-styles";

export type UnsubscribePageView = {
  lang: string;
  title: string;
  heading: string;
  lines: string[];
  /** The confirm step: a button that POSTs, so a link scanner's GET changes nothing. */
  confirm?: { action: string; label: string };
  settings?: { label: string; url: string };
};

/** The small page behind an email's unsubscribe link, in the look of the emails. */
export function UnsubscribePage(v: UnsubscribePageView) {
  return (
    <EmailLayout lang={v.lang} preview={v.heading} brand={v.title}>
      <Heading as="h1" className="ar-heading" style={emailStyles.heading}>
        {v.heading}
      </Heading>
      {v.lines.map((line) => (
        <Text key={line} className="ar-text" style={{ ...emailStyles.text, margin: "8px 0 12px" }}>
          {line}
        </Text>
      ))}
      {v.confirm && (
        <form method="post" action={v.confirm.action}>
          <input type="hidden" name="List-Unsubscribe" value="One-Click" />
          <button type="submit" className="ar-button" style={{ ...emailStyles.button, cursor: "pointer" }}>
            {v.confirm.label}
          </button>
        </form>
      )}
      {v.settings && (
        <Text className="ar-muted" style={{ ...emailStyles.muted, margin: "16px 0 0" }}>
          <a className="ar-link" href={v.settings.url} style={emailStyles.link}>
            {v.settings.label}
          </a>
        </Text>
      )}
    </EmailLayout>
  );
}
