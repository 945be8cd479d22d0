import type { OperatorId } from "@/app/lib/vocabulary";
import { EARLY_TERMINATION } from "@/app/lib/playbook/legal";
import { AUDITED, msg, secondary, unverified, verified, type Fact, type Msg } from "@/app/lib/playbook/facts";

// What Odjava knows about each operator, every fact with its source and the date it was
// checked (app/lib/playbook/facts.ts). Research notes: ../shared/research/ and README.

export type PhoneNumber = { display: string; dial: string; free?: boolean };

export type Operator = {
  id: OperatorId;
  name: string;
  // Names people still use.
  formerly: string | null;
  // Who the letter is addressed to.
  legalName: string;
  website: Fact<string>;
  customerService: Fact<PhoneNumber>;
  fromAbroad: Fact<PhoneNumber>;
  hours: Fact<string>;
  email: Fact<string>;
  selfCare: Fact<Msg>;
  postalAddress: Fact<string>;
  // How this operator takes written requests in person, by post, by e-mail.
  requests: Fact<Msg>;
  minimumTerm: Fact<Msg>;
  earlyTermination: Fact<Msg>;
  prepaidLapse: Fact<Msg>;
  // How long after the last top-up an unused prepaid number lapses, when the rule says
  // (Yettel counts days, mts months).
  prepaidLapseAfter: { days: number } | { months: number } | null;
  porting: Fact<Msg>;
};

const notFoundOnSite = (what: string) => msg("facts.notFound", { what });
const NO_FACTS = msg("facts.noFactsOther");

// Every source below was read again by the content audit on AUDITED
// (../shared/research/content-audit.md) and confirmed, corrected or newly found there.
const AUDIT = { checked: AUDITED };

const GENERAL_REQUESTS = secondary(msg("facts.generalRequests"), "https://milankragujevic.com/vodic-za-raskid-ugovora-kod-telekomunikacionih-operatera", AUDIT);

const GENERAL_PORTING = verified(msg("facts.generalPorting"), "https://ratel.rs/sr/page/prenos-broja", "regulator", AUDIT);

export const OPERATORS: readonly Operator[] = [
  {
    id: "yettel",
    name: "Yettel",
    formerly: "Telenor",
    legalName: "Yettel d.o.o. Beograd",
    website: verified("https://www.yettel.rs", "https://www.yettel.rs", "operator", AUDIT),
    // The best-supported number (content audit): Telenor's consumer page before the rebranding
    // and Yettel's business page today; no current page for private customers was found, and
    // the number one app's hard-coded list gives has no support at all.
    customerService: secondary({ display: "063 9000", dial: "0639000" }, "http://www.telenor.rs/en/Consumer/Services/Interactive-Voice-Response/", {
      ...AUDIT,
      also: ["https://www.yettel.rs/sr/biznis/ponuda/roming/opste-informacije"],
      note: msg("facts.yettelContactCentre"),
    }),
    fromAbroad: unverified(notFoundOnSite("abroad")),
    hours: unverified(notFoundOnSite("hours")),
    email: unverified(notFoundOnSite("yettelEmail")),
    selfCare: verified(msg("facts.yettelSelfCare"), "https://www.yettel.rs/sr/o-yettelu/o-nama/uslovi-koriscenja/roming-dodaci-evropa-27", "operator", {
      ...AUDIT,
      also: ["https://www.yettel.rs/sr/o-yettelu/o-nama/uslovi-koriscenja/viber-uslovi-koriscenja/"],
    }),
    postalAddress: verified(
      "Yettel d.o.o., Omladinskih brigada 90, 11070 Novi Beograd",
      "https://www.yettel.rs/sr/o-yettelu/o-nama/uslovi-koriscenja/yettel-nalog-uslovi-koriscenja",
      "operator",
      AUDIT,
    ),
    requests: GENERAL_REQUESTS,
    minimumTerm: verified(
      msg("facts.yettelTerm"),
      "https://www.yettel.rs/en/consumer/offer/mobile-internet/postpaid-mobile-internet/mobile-net-packages-additional-information",
      "operator",
      { ...AUDIT, note: msg("facts.yettelTermPage") },
    ),
    earlyTermination: EARLY_TERMINATION,
    prepaidLapse: verified(msg("facts.yettelPrepaid"), "https://www.yettel.rs/sr/privatni/usluge/ostale-usluge/placanje-racuna", "operator", AUDIT),
    prepaidLapseAfter: { days: 390 },
    porting: GENERAL_PORTING,
  },
  {
    id: "a1",
    name: "A1 Srbija",
    formerly: "Vip mobile",
    legalName: "A1 Srbija d.o.o.",
    website: verified("https://a1.rs", "https://a1.rs", "operator", AUDIT),
    customerService: verified({ display: "060 1234", dial: "0601234" }, "https://a1.rs/podrska/faq-single-view?id=130", "operator", AUDIT),
    fromAbroad: unverified(notFoundOnSite("a1Abroad")),
    hours: unverified(notFoundOnSite("hours")),
    email: unverified(notFoundOnSite("email")),
    selfCare: verified(msg("facts.a1SelfCare"), "https://a1.rs/podrska/faq-single-view?id=10", "operator", {
      ...AUDIT,
      also: ["https://a1.rs/podrska/faq-single-view?id=130"],
    }),
    postalAddress: verified(
      "A1 Srbija d.o.o., Milutina Milankovića 1ž, 11070 Novi Beograd",
      "https://a1.rs/moj_a1/Moj_A1_Privacy_and_Policy",
      "operator",
      AUDIT,
    ),
    requests: GENERAL_REQUESTS,
    minimumTerm: verified(msg("facts.a1Term"), "https://a1.rs/privatni/postpaid/NEO", "operator", AUDIT),
    earlyTermination: EARLY_TERMINATION,
    prepaidLapse: unverified(notFoundOnSite("a1Prepaid")),
    prepaidLapseAfter: null,
    porting: verified(msg("facts.a1Porting"), "https://a1.rs/podrska/faq-single-view?id=46", "operator", AUDIT),
  },
  {
    id: "mts",
    name: "mts (Telekom Srbija)",
    formerly: null,
    legalName: "Telekom Srbija a.d. Beograd (mts)",
    website: verified("https://mts.rs", "https://mts.rs", "operator", AUDIT),
    customerService: verified(
      { display: "0800 100 100", dial: "0800100100", free: true },
      "https://mts.rs/Privatni/Korisnicka-zona/Samousluzni-servisi/Ukljucenje-na-rec",
      "operator",
      AUDIT,
    ),
    fromAbroad: unverified(msg("facts.mtsAbroad")),
    hours: unverified(notFoundOnSite("hours")),
    email: secondary("mtsinfo@telekom.rs", "http://www.mts.telekom.rs/index.php/reklamacije.html", AUDIT),
    selfCare: verified(msg("facts.mtsSelfCare"), "https://mts.rs/Privatni/Korisnicka-zona/Cesta-pitanja/mts-racun/Racun", "operator", AUDIT),
    postalAddress: verified("Telekom Srbija a.d., Dubrovačka 35, 11000 Beograd", "https://www.mts.rs/privatni/korisnicka-zona/racun/prigovor", "operator", {
      ...AUDIT,
      note: msg("facts.mtsAddressPage"),
    }),
    requests: verified(msg("facts.mtsRequests"), "https://www.mts.rs/privatni/korisnicka-zona/racun/prigovor", "operator", AUDIT),
    minimumTerm: verified(msg("facts.mtsTerm"), "https://mts.rs/Privatni/Korisnicka-zona/Cesta-pitanja/Mobilna/Postpejd", "operator", AUDIT),
    earlyTermination: EARLY_TERMINATION,
    // Two pages: a3810 gives the credit's 90 days (200 RSD), a3480 the SIM's 12 months and
    // the reactivation within 30 days for 300 RSD, which prepaidLapseAfter counts.
    prepaidLapse: verified(
      msg("facts.mtsPrepaid"),
      "https://mts.rs/Privatni/Korisnicka-zona/Cesta-pitanja/Mobilna/Pripejd/Kredit/a3810-Pripejd-kredit-nije-dopunjen-u-odredjenom-roku.html",
      "operator",
      { ...AUDIT, also: ["https://mts.rs/Privatni/Korisnicka-zona/Vesti/Promocije/a3480-Pripejd-Novosti-Cena-kartice.html"] },
    ),
    prepaidLapseAfter: { months: 12 },
    porting: verified(msg("facts.mtsPorting"), "https://www.mts.rs/poslovni/fiksna/telefonski-prikljucak/prenos-broja", "operator", {
      ...AUDIT,
      note: msg("facts.mtsPortingPage"),
    }),
  },
  {
    id: "globaltel",
    name: "Globaltel",
    formerly: null,
    legalName: "Globaltel d.o.o. Beograd",
    website: verified("https://www.globaltel.rs", "https://www.globaltel.rs", "operator", AUDIT),
    customerService: verified({ display: "0677 1234", dial: "06771234" }, "https://www.globaltel.rs/prenesi-svoj-broj", "operator", AUDIT),
    fromAbroad: verified({ display: "+381 677 1234", dial: "+3816771234" }, "https://www.globaltel.rs/politika-zastite-podataka-o-licnosti", "operator", {
      ...AUDIT,
      note: msg("facts.globaltelAbroadPage"),
    }),
    hours: unverified(notFoundOnSite("hours")),
    email: verified("office@globaltel.rs", "https://www.globaltel.rs/politika-zastite-podataka-o-licnosti", "operator", AUDIT),
    selfCare: verified(msg("facts.globaltelSelfCare"), "https://globaltel.rs/najcesca-pitanja", "operator", AUDIT),
    postalAddress: verified("Globaltel d.o.o. Beograd, Makenzijeva 24, Beograd", "https://www.globaltel.rs/legal_general_terms.php", "operator", AUDIT),
    requests: GENERAL_REQUESTS,
    minimumTerm: verified(msg("facts.globaltelTerm"), "https://www.globaltel.rs/postpaid", "operator", AUDIT),
    earlyTermination: EARLY_TERMINATION,
    prepaidLapse: verified(msg("facts.globaltelPrepaid"), "https://globaltel.rs/najcesca-pitanja", "operator", AUDIT),
    prepaidLapseAfter: null,
    porting: GENERAL_PORTING,
  },
  {
    id: "other",
    name: "Other operator",
    formerly: null,
    legalName: "",
    website: unverified(NO_FACTS),
    customerService: unverified(NO_FACTS),
    fromAbroad: unverified(NO_FACTS),
    hours: unverified(NO_FACTS),
    email: unverified(NO_FACTS),
    selfCare: unverified(NO_FACTS),
    postalAddress: unverified(msg("facts.otherAddress")),
    requests: GENERAL_REQUESTS,
    minimumTerm: unverified(msg("facts.otherTerm")),
    earlyTermination: EARLY_TERMINATION,
    prepaidLapse: unverified(NO_FACTS),
    prepaidLapseAfter: null,
    porting: GENERAL_PORTING,
  },
];

export function operatorById(id: string): Operator {
  return OPERATORS.find((o) => o.id === id) ?? OPERATORS[OPERATORS.length - 1]!;
}
