import { INTL_TAG, type Locale } from "@/app/lib/i18n/locales";
import { kept } from "@/app/lib/dates";

// An amount in dinars for people, whole (RSD amounts on bills and contracts have no
// fractions here), in the person's language: "1,500 RSD", "1.500 RSD", "RSD 1,500".
export function formatRsd(amount: number, locale: Locale = "en"): string {
  return kept(
    `rsd ${locale}`,
    () => new Intl.NumberFormat(INTL_TAG[locale], { style: "currency", currency: "RSD", currencyDisplay: "code", maximumFractionDigits: 0 }),
  ).format(amount);
}
