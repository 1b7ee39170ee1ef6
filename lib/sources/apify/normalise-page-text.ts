// Page text as Amazon's wording is compared: the same sentence reaches us in different
// cases, with curly or straight apostrophes, full-width characters on .co.jp, and French
// spacing before "?" and "!". Every marker phrase goes through the same function, so a
// phrase is written once in its natural form.

/**
 * Amazon's robot-check and error pages say what they are in their first lines; a product's
 * long description needs no reading past that to be told apart from them.
 */
const pageTextScanLength = 1000;

const apostrophes = /[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g;
const quotes = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const dashes = /[\u2010-\u2015\u2212]/g;
// Spanish opening marks: "¿Buscas algo?" and "Buscas algo?" are the same page.
const openingMarks = /[\u00BF\u00A1]/g;
const spaces = /\s+/g;
const spaceBeforePunctuation = / (?=[?!:;])/g;

export function normalisePageText(value: string): string {
  return value
    .slice(0, pageTextScanLength)
    .normalize("NFKC") // full-width letters and "？！" → ASCII; no-break spaces → spaces
    .toLowerCase()
    .replace(apostrophes, "'")
    .replace(quotes, '"')
    .replace(dashes, "-")
    .replace(openingMarks, "")
    .replace(spaces, " ")
    .replace(spaceBeforePunctuation, "")
    .trim();
}
