import { parsePhoneNumberFromString } from "libphonenumber-js/max";

// A Serbian mobile number in any common spelling ("064 123 4567", "+381641234567",
// "00381 64 1234567") to E.164, or null when it is not a valid Serbian mobile number.
export function serbianMobileToE164(input: string): string | null {
  const cleaned = input.trim().replace(/^00/, "+");
  // libphonenumber finds a number inside any text; accept only what people type in one.
  if (cleaned.length === 0 || cleaned.length > 30 || !/^[\d\s()+\-./]+$/.test(cleaned)) return null;
  const phone = parsePhoneNumberFromString(cleaned, "RS");
  if (!phone || phone.country !== "RS" || !phone.isValid()) return null;
  const type = phone.getType();
  if (type !== "MOBILE" && type !== "FIXED_LINE_OR_MOBILE") return null;
  return phone.number;
}

// "+381641234567" -> "+381 64 1234567" for people to read.
export function formatE164(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}
