import { describe, expect, it } from "vitest";
import { isHollowReading } from "@/lib/sources/hollow-reading";
import catalogDay1 from "@/tests/fixtures/apify/catalog-day1.json";
import { type FailedPageCase, loadFailedPageCases } from "@/tests/support/fixtures";
import { classifyApifyItem } from "@/lib/sources/apify/classify-apify-item";
import { normaliseApifyItem } from "@/lib/sources/apify/normalise-apify-item";

const capturedAt = new Date("2026-11-22T06:00:00Z");
const cases = loadFailedPageCases();

function fixture(name: string): FailedPageCase {
  const found = cases.find((c) => c.case === name);
  if (!found) throw new Error(`no case ${name} in failed-pages.json`);
  return structuredClone(found);
}

/** What ingest makes of an item: a reading, or the failure it is reported as. */
function outcome({ item, marketplace, previous }: FailedPageCase) {
  const classified = classifyApifyItem(item, { marketplace });
  if (classified.kind !== "product") return classified.kind;
  const reading = normaliseApifyItem({ item: classified.item, marketplace, capturedAt });
  return isHollowReading(reading, previous) ? "invalid" : "reading";
}

const detailOf = (c: FailedPageCase) => {
  const classified = classifyApifyItem(c.item, { marketplace: c.marketplace });
  return classified.kind === "product" ? null : classified.detail;
};

describe("classifyApifyItem on failed-pages.json", () => {
  it.each(cases.map((c) => [c.case, c.expect, c] as const))("%s → %s", (_name, expected, c) => {
    expect(outcome(c)).toBe(expected);
  });

  it("covers the robot check in every language the brief names, and each kind of failure", () => {
    const robotChecks = cases.filter((c) => c.case.startsWith("robot-check-")).map((c) => c.marketplace);
    expect(robotChecks).toEqual(expect.arrayContaining(["US", "DE", "FR", "IT", "ES", "JP"]));
    const kinds = new Set(cases.map((c) => c.expect));
    expect(kinds).toEqual(new Set(["blocked", "not_found", "invalid", "reading"]));
  });

  it("says briefly what the page was and what gave it away", () => {
    expect(detailOf(fixture("robot-check-en"))).toBe('robot check page (title "Robot Check")');
    expect(detailOf(fixture("robot-check-url"))).toBe('robot check page (url has "/errors/validateCaptcha")');
    expect(detailOf(fixture("robot-check-de"))).toBe('robot check page (title "Bot Check")');
    expect(detailOf(fixture("robot-check-es"))).toBe('robot check page (description: "introduce los caracteres que aparecen a continuación")');
    expect(detailOf(fixture("sign-in-de"))).toBe('sign-in page (title "Amazon Anmelden")');
    expect(detailOf(fixture("error-dogs-en"))).toBe('Amazon error page (title "Sorry! Something went wrong!")');
    expect(detailOf(fixture("not-found-en"))).toBe('page not found (title "Amazon.com Page Not Found")');
    expect(detailOf(fixture("apify-status-503"))).toBe("Apify error item: HTTP 503 (Service Unavailable)");
    expect(detailOf(fixture("apify-error-404"))).toBe("Apify error item: Product page not found (404)");
    expect(detailOf(fixture("apify-error-other"))).toBe("Apify error item: Navigation timed out after 60 seconds");
    for (const c of cases) expect((detailOf(c) ?? "").length).toBeLessThan(200);
  });

  it("recognises a blocked page even when it fails the schema (no title), and names the schema issue otherwise", () => {
    expect(detailOf(fixture("robot-check-fr"))).toMatch(/^robot check page \(description: "saisissez les caractères/);
    expect(detailOf(fixture("robot-check-en-features"))).toMatch(/^robot check page \(features: "sorry, we just need to make sure you're not a robot"\)$/);
    expect(detailOf(fixture("invalid-price-string"))).toMatch(/^price\.value: /);
    expect(detailOf(fixture("other-storefront"))).toBe("loadedCountryCode: expected GB, got US");
  });
});

describe("classifyApifyItem text matching", () => {
  /** A page that loaded nothing but a product title, for the text under test to be put on. */
  const blank = () => fixture("hollow-without-previous").item;
  const classify = (item: Record<string, unknown>) => classifyApifyItem(item, { marketplace: "US" }).kind;

  it.each([
    ["upper case", "ENTER THE CHARACTERS YOU SEE BELOW"],
    ["full-width letters", "Ｅｎｔｅｒ ｔｈｅ ｃｈａｒａｃｔｅｒｓ ｙｏｕ ｓｅｅ ｂｅｌｏｗ"],
    ["a curly apostrophe", "Sorry, we just need to make sure you’re not a robot."],
    ["line breaks and runs of spaces", "Enter the\n   characters\tyou see    below"],
    ["the contact line alone", "To discuss automated access to Amazon data please contact api-services-support@amazon.com."],
  ])("reads a robot check written with %s", (_how, description) => {
    expect(classify({ ...blank(), description })).toBe("blocked");
  });

  it.each([
    ["French spacing before ?", "Vous recherchez quelque chose ?"],
    ["a no-break space before ?", "Vous recherchez quelque chose\u202f?"],
    ["no opening ¿", "Buscas algo? Lo sentimos."],
    ["full-width ？", "Stai cercando qualcosa？"],
  ])("reads a not-found page written with %s", (_how, description) => {
    expect(classify({ ...blank(), description })).toBe("not_found");
  });

  it.each([
    "Robot Vacuum Cleaner with Self-Empty Station",
    "Sign In Sheet Clipboard",
    "Robot Check Valve Kit",
    "Captcha Solver's Handbook",
    "Page Not Found: A Novel",
    "Amazon Basics Sign In Board",
    "Looking for Something Blue: Wedding Planner",
  ])("keeps %j a product: a word in a title is not a page", (title) => {
    expect(classify({ ...blank(), title })).toBe("product");
  });

  it.each(["Sign in", "Amazon Sign-In", "Robot Check", "Amazon.com", "Page Not Found", "Ａｍａｚｏｎ.co.jp"])(
    "takes the whole title %j for Amazon's own page",
    (title) => {
      expect(classify({ ...blank(), title })).not.toBe("product");
    },
  );

  it("does not read the text of a page that shows a price, rank, rating or reviews", () => {
    // Such a page is a product page whatever its description quotes.
    const base = catalogDay1.find((i) => i.originalAsin === "B0DA6UWS7H");
    const quoting = { ...base, description: "Enter the characters you see below to pair the earbuds." };
    expect(classify(quoting)).toBe("product");
    const noData = { ...quoting, price: null, bestsellerRanks: [], stars: null, reviewsCount: null };
    expect(classify(noData)).toBe("blocked");
  });

  it("reads only the start of a long text", () => {
    const description = `${"A long product description. ".repeat(100)}Enter the characters you see below`;
    expect(classify({ ...blank(), description })).toBe("product");
  });
});

describe("classifyApifyItem error items", () => {
  const item = (fields: Record<string, unknown>) => ({ originalAsin: "B0ERRTEST0", url: "https://www.amazon.com/dp/B0ERRTEST0", ...fields });
  const classify = (fields: Record<string, unknown>) => classifyApifyItem(item(fields), { marketplace: "US" });

  it.each([
    [{ error: "Product page not found (404)" }, "not_found"],
    [{ error: "HTTP 410 Gone" }, "not_found"],
    [{ errorInfo: "could not find product with url" }, "not_found"],
    [{ statusCode: 404, statusMessage: "NOT_FOUND" }, "not_found"],
    [{ statusCode: "404" }, "not_found"],
    [{ error: "Request blocked (403)" }, "blocked"],
    [{ error: "Access Denied" }, "blocked"],
    [{ error: { statusCode: 429, message: "rate limited" } }, "blocked"],
    [{ statusCode: 503 }, "blocked"],
    [{ statusCode: 500, statusMessage: "Internal Server Error" }, "blocked"],
    [{ statusMessage: "CAPTCHA" }, "blocked"],
    // Not recognisably gone: the page could not be read, so it is retried rather than buried.
    [{ error: "Navigation timed out" }, "blocked"],
    [{ error: "Page not found, captcha shown" }, "blocked"],
  ] as const)("%j → %s", (fields, kind) => {
    expect(classify(fields).kind).toBe(kind);
  });

  it("treats a success status as no error", () => {
    const good = catalogDay1.find((i) => i.originalAsin === "B0DA6UWS7H");
    expect(classifyApifyItem({ ...good, statusCode: 200, statusMessage: "FOUND" }, { marketplace: "US" })).toMatchObject({
      kind: "product",
      item: { statusCode: 200, statusMessage: "FOUND" },
    });
    expect(classifyApifyItem({ ...good, error: "", errorInfo: null }, { marketplace: "US" }).kind).toBe("product");
  });

  it("is invalid for something that is not an item at all", () => {
    expect(classifyApifyItem("Robot Check", { marketplace: "US" }).kind).toBe("invalid");
    expect(classifyApifyItem(null, { marketplace: "US" }).kind).toBe("invalid");
  });
});
