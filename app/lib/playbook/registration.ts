import type { Answer, PrepaidRegistration } from "@/app/lib/vocabulary";
import { AUDITED, msg, secondary, unverified, type Msg } from "@/app/lib/playbook/facts";

// A prepaid card's registration: one answer ("registered with which document, or not")
// serves both the card's own advice here and the porting pre-check's "is it registered"
// (playbook/porting.ts), which reads it through portRegisteredOf.

// ZEK 2023 (Art. 158) makes the operator register every prepaid user; RATEL's statement
// (Tanjug, Nov 2024) gives the data (name, number, and a JMBG, a foreigner's EBS, an ID
// card's or a passport's number), the deadline of 10 February 2025 and 90 days of
// registration and emergency traffic only, then deactivation; the Ministry moved the
// deadline to 10 April 2025 (balkan.buzz, szmsz.press). Press, hence secondary.
export const PREPAID_REGISTRATION_RULE = secondary(
  msg("registration.rule"),
  "https://prijepoljeinfo.rs/ako-ste-pripejd-korisnik-morate-registrovati-svoj-broj-do-10-februara-2025-godine",
  {
    checked: AUDITED,
    also: [
      "https://www.pink.rs/drustvo/640190/ovo-moraju-da-ucine-svi-korisnici-mobilne-telefonije-krajnji-rok-je-10-februar-operater-u-suprotnom-moze-da-povuce-samo-jedan-potez",
      "https://balkan.buzz/sutra-istice-rok-za-registraciju-pripejd-brojeva-mobilnih-telefona",
      "https://szmsz.press/2025/02/03/jo-hir-meghosszabbitottak-a-feltoltokartyas-szamok-regisztraciojat",
    ],
  },
);

// That a card stays registered to the person until it lapses or is handed in, and that an
// operator deregisters it on request: no source was found, so the UI says "not verified".
export const REGISTRATION_STAYS = unverified<Msg>(msg("registration.staysUnverified"));

// Registered to the person, with any document.
export function registeredToPerson(r: PrepaidRegistration | null | undefined): boolean {
  return r === "rs-id" || r === "passport" || r === "ebs";
}

// The porting pre-check's answer to "is the prepaid number registered to you".
export function portRegisteredOf(r: PrepaidRegistration | null | undefined): Answer | null {
  if (r == null) return null;
  return registeredToPerson(r) ? "yes" : r === "none" ? "no" : "unknown";
}
