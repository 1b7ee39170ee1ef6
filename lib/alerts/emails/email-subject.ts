import { type ChangeFacts, cut } from "@/lib/alerts/emails/change-facts";
import type { EmailIntl } from "@/lib/alerts/emails/email-intl";

/** Subjects longer than this are cut on phones and in most inbox lists. */
export const maxSubjectLength = 80;
const shortTitleLength = 28;

/**
 * "[Critical] Possible hijacker: Foo · Acme Steel Water Bottle… (US)": severity (unless it is
 * only information) and the most severe change lead, then how many more changes, then a
 * short product name and its marketplace, so the same product in US and DE emails differ.
 * `facts` come most severe first. Titles never appear whole (a title change would double).
 */
export function productSubject({
  facts,
  product,
  intl,
}: {
  facts: ChangeFacts[];
  product: { asin: string; title: string | null; marketplace: string };
  intl: EmailIntl;
}): string {
  const { t } = intl;
  const top = facts[0]!;
  const more = facts.length > 1 ? ` ${t("alertEmail.subject.more", { count: facts.length - 1 })}` : "";
  const compose = (lead: string, name: string) => {
    const line = t("alertEmail.subject.product", { lead: `${lead}${more}`, product: name, marketplace: product.marketplace });
    return top.severity === "info" ? line : t("alertEmail.subject.severity", { severity: top.severityLabel, text: line });
  };
  const title = product.title?.trim();
  // The first that fits: the short title, a shorter one, the ASIN (always short), and only
  // then a shorter lead.
  const names = title ? [cut(title, shortTitleLength), cut(title, shortTitleLength - 10), product.asin] : [product.asin];
  for (const name of names) {
    const subject = compose(top.lead, name);
    if (subject.length <= maxSubjectLength) return subject;
  }
  const overflow = compose(top.lead, product.asin).length - maxSubjectLength;
  return compose(cut(top.lead, Math.max(8, top.lead.length - overflow)), product.asin);
}

export function digestSubject({ date, count, critical, intl }: { date: string; count: number; critical: number; intl: EmailIntl }): string {
  return intl.t("alertEmail.subject.digest", { date, count, critical });
}
