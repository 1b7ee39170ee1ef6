// Current ASINs are "B" + 9 alphanumerics; books keep their ISBN-10 as ASIN (9 digits and a
// check digit that may be X).
const asinPattern = /^(?:B[0-9A-Z]{9}|[0-9]{9}[0-9X])$/;

/** Whether this is an ASIN as Amazon writes it (upper case). */
export function isAsin(value: string): boolean {
  return asinPattern.test(value);
}
