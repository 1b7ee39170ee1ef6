import { render } from "@react-email/components";
import type { ReactElement } from "react";

// The plain-text part as a reader of text mail needs it: headings in their own case (not
// html-to-text's capitals: a long product title in capitals is hard to read) and title
// changes marked [-removed-] {+added+}, since strike-through and highlight do not exist there.
const textSelectors = [
  { selector: "h1", options: { uppercase: false } },
  { selector: "h2", options: { uppercase: false } },
  { selector: "del", format: "inlineSurround", options: { prefix: "[-", suffix: "-]" } },
  { selector: "ins", format: "inlineSurround", options: { prefix: "{+", suffix: "+}" } },
];

export async function renderEmail(element: ReactElement): Promise<{ html: string; text: string }> {
  return { html: await render(element), text: await render(element, { plainText: true, htmlToTextOptions: { selectors: textSelectors } }) };
}
