// Values inside a stored reason are formatted once, at detection, in a locale-neutral way
// (en-US digits, the product's ISO currency) so the same stored sentence reads correctly in
// every language's message template.

const currencyFormats = new Map<string, Intl.NumberFormat>();

export function formatMoney(value: number, currency: string): string {
  let f = currencyFormats.get(currency);
  if (!f) {
    f = new Intl.NumberFormat("en-US", { style: "currency", currency });
    currencyFormats.set(currency, f);
  }
  return f.format(value);
}

const percentFormat = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 1 });
/** 0.15 → "15%", -0.15 → "15%" (the direction is its own value in the sentence). */
export const formatPercent = (fraction: number) => percentFormat.format(Math.abs(fraction));

const countFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
export const formatCount = (n: number) => countFormat.format(n);

const starsFormat = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 2 });
export const formatStars = (n: number) => starsFormat.format(n);
