import { Section, Text } from "@react-email/components";
import type { ChangeFacts } from "@/lib/alerts/emails/change-facts";
import { emailStyles, severityColors } from "@/lib/alerts/emails/email-styles";

/**
 * What changed, one row per change: the kind and its severity word on the left, before →
 * after with the signed change and the threshold that fired on the right. Title changes show
 * one title with removed words struck through and new words highlighted. Cells wrap: long
 * values never widen the email past a phone screen.
 */
export function ChangeTable({
  facts,
  thresholdLabel,
  titleLegend,
}: {
  facts: ChangeFacts[];
  thresholdLabel: (threshold: string) => string;
  titleLegend: string;
}) {
  return (
    <table
      role="presentation"
      width="100%"
      cellPadding={0}
      cellSpacing={0}
      style={{ borderCollapse: "collapse", tableLayout: "fixed", width: "100%", margin: "0 0 16px" }}
    >
      <tbody>
        {facts.map((f) => (
          <tr key={f.id}>
            <td className="ar-row ar-kind" style={{ borderTop: "1px solid #e4e4e7", padding: "10px 12px 10px 0", verticalAlign: "top", width: "34%" }}>
              <Text className="ar-text" style={{ ...emailStyles.text, fontSize: "14px", fontWeight: 600, lineHeight: "20px", margin: 0 }}>
                {f.kindLabel}
              </Text>
              <Text
                style={{ ...emailStyles.muted, color: severityColors[f.severity].ink, fontSize: "12px", fontWeight: 600, margin: 0 }}
                className={`ar-sev-${f.severity}`}
              >
                {f.severityLabel}
              </Text>
            </td>
            <td className="ar-row" style={{ borderTop: "1px solid #e4e4e7", padding: "10px 0", verticalAlign: "top" }}>
              {f.titleParts ? (
                <TitleDiff parts={f.titleParts} legend={titleLegend} />
              ) : (
                (f.before !== undefined || f.after !== undefined) && (
                  <Text className="ar-value" style={{ ...emailStyles.text, fontSize: "15px", lineHeight: "21px", margin: 0, overflowWrap: "anywhere" }}>
                    {f.before !== undefined && (
                      <span className="ar-muted" style={{ color: "#52525b" }}>
                        {f.before} →{" "}
                      </span>
                    )}
                    <strong>{f.after}</strong>
                  </Text>
                )
              )}
              {(f.change || f.threshold) && (
                <Text className="ar-muted" style={{ ...emailStyles.muted, margin: "2px 0 0" }}>
                  {f.change && (
                    <strong style={{ color: "#3f3f46" }} className="ar-text">
                      {f.change}
                    </strong>
                  )}
                  {f.change && f.threshold && " · "}
                  {f.threshold && thresholdLabel(f.threshold)}
                </Text>
              )}
              {f.note && (
                <Text className="ar-muted" style={{ ...emailStyles.muted, margin: "4px 0 0" }}>
                  {f.note}
                </Text>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function TitleDiff({ parts, legend }: { parts: NonNullable<ChangeFacts["titleParts"]>; legend: string }) {
  return (
    <Section>
      <Text className="ar-value" style={{ ...emailStyles.text, fontSize: "14px", lineHeight: "21px", margin: 0, overflowWrap: "anywhere" }}>
        {parts.map((p, i) =>
          p.added ? (
            <ins
              key={i}
              className="ar-added"
              style={{ backgroundColor: "#dcfce7", color: "#14532d", borderRadius: "3px", padding: "0 2px", textDecoration: "none" }}
            >
              {p.value}
            </ins>
          ) : p.removed ? (
            <del key={i} className="ar-removed" style={{ color: "#b91c1c" }}>
              {p.value}
            </del>
          ) : (
            <span key={i}>{p.value}</span>
          ),
        )}
      </Text>
      <Text className="ar-muted" style={{ ...emailStyles.muted, fontSize: "12px", margin: "2px 0 0" }}>
        {legend}
      </Text>
    </Section>
  );
}
