import { secondary, unverified, verified, type Fact } from "./facts";

// What Odjava knows about each operator, every fact with its source and the date it was
// checked (app/lib/playbook/facts.ts). Research notes: ../shared/research/ and README.

export type PhoneNumber = { display: string; dial: string };

export type Operator = {
  id: string;
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
  selfCare: Fact<string>;
  postalAddress: Fact<string>;
  // How this operator takes written requests in person, by post, by e-mail.
  requests: Fact<string>;
  minimumTerm: Fact<string>;
  earlyTermination: Fact<string>;
  prepaidLapse: Fact<string>;
  // Days from the last top-up until an unused prepaid number lapses, when the rule says.
  prepaidLapseDays: number | null;
  porting: Fact<string>;
};

const notFoundOnSite = (what: string, verb = "was") => `${what} ${verb} not found on the operator's own pages.`;

const GENERAL_REQUESTS = secondary(
  "A termination request can be handed in at the operator's shop, sent by e-mail, or sent by registered letter to the operator's address. Bills already due must be paid first.",
  "https://milankragujevic.com/vodic-za-raskid-ugovora-kod-telekomunikacionih-operatera",
);

const GENERAL_PORTING = verified(
  "Porting the number to another operator is free and also ends the contract with the old operator; you ask the new operator, not the old one.",
  "https://ratel.rs/sr/page/prenos-broja",
  "regulator",
);

const EARLY_TERMINATION_GENERAL = secondary(
  "Since 2019 operators may not charge the remaining monthly fees when a contract ends early; they may reclaim the discount you received for the months left. Device instalments are separate. The 2023 law may have changed the details: ask the operator for the exact amount.",
  "https://www.blic.rs/vesti/drustvo/mobilni-operateri-vise-nece-moci-da-naplacuju-penale-za-raskid-ugovora-ali-to-ne/7ptcwce",
);

export const OPERATORS: readonly Operator[] = [
  {
    id: "yettel",
    name: "Yettel",
    formerly: "Telenor",
    legalName: "Yettel d.o.o. Beograd",
    website: verified("https://www.yettel.rs", "https://www.yettel.rs"),
    customerService: unverified(notFoundOnSite("Yettel's customer-service number for private customers")),
    fromAbroad: unverified(notFoundOnSite("A number for calling Yettel from abroad")),
    hours: unverified(notFoundOnSite("Customer-service hours", "were")),
    email: unverified(notFoundOnSite("A current Yettel customer-service e-mail address")),
    selfCare: unverified(notFoundOnSite("The self-care app")),
    postalAddress: verified(
      "Yettel d.o.o., Omladinskih brigada 90, 11070 Novi Beograd",
      "https://www.yettel.rs/sr/o-yettelu/o-nama/uslovi-koriscenja/yettel-nalog-uslovi-koriscenja",
    ),
    requests: GENERAL_REQUESTS,
    minimumTerm: verified(
      "24 months for contracts with a discounted monthly price.",
      "https://www.yettel.rs/en/consumer/offer/mobile-internet/postpaid-mobile-internet/mobile-net-packages-additional-information",
    ),
    earlyTermination: EARLY_TERMINATION_GENERAL,
    prepaidLapse: verified(
      "Credit is valid for 60 days after the last top-up; then only incoming calls work, and there are 330 more days to top up (at least 300 RSD) before the number lapses: about 390 days in all.",
      "https://www.yettel.rs/sr/privatni/usluge/ostale-usluge/placanje-racuna",
    ),
    prepaidLapseDays: 390,
    porting: GENERAL_PORTING,
  },
  {
    id: "a1",
    name: "A1 Srbija",
    formerly: "Vip mobile",
    legalName: "A1 Srbija d.o.o.",
    website: verified("https://a1.rs", "https://a1.rs"),
    customerService: verified({ display: "060 1234", dial: "0601234" }, "https://a1.rs/podrska/faq-single-view?id=130"),
    fromAbroad: unverified(notFoundOnSite("A number for private customers calling A1 from abroad")),
    hours: unverified(notFoundOnSite("Customer-service hours", "were")),
    email: unverified(notFoundOnSite("A customer-service e-mail address")),
    selfCare: unverified(notFoundOnSite("The self-care app")),
    postalAddress: verified(
      "A1 Srbija d.o.o., Milutina Milankovića 1ž, 11070 Novi Beograd",
      "https://a1.rs/moj_a1/Moj_A1_Privacy_and_Policy",
    ),
    requests: GENERAL_REQUESTS,
    minimumTerm: verified("24 months.", "https://a1.rs/privatni/postpaid/NEO"),
    earlyTermination: EARLY_TERMINATION_GENERAL,
    prepaidLapse: unverified(notFoundOnSite("A1 Srbija's rule for unused prepaid numbers")),
    prepaidLapseDays: null,
    porting: verified(
      "A request to port the number to another operator is at the same time the request to end the A1 contract.",
      "https://a1.rs/podrska/faq-single-view?id=46",
    ),
  },
  {
    id: "mts",
    name: "mts (Telekom Srbija)",
    formerly: null,
    legalName: "Telekom Srbija a.d. Beograd (mts)",
    website: verified("https://mts.rs", "https://mts.rs"),
    customerService: verified(
      { display: "0800 100 100 (free)", dial: "0800100100" },
      "https://mts.rs/Privatni/Korisnicka-zona/Samousluzni-servisi/Ukljucenje-na-rec",
    ),
    fromAbroad: unverified(
      "No number for calling mts from abroad was found; 0800 numbers are often unreachable from abroad.",
    ),
    hours: unverified(notFoundOnSite("Customer-service hours", "were")),
    email: secondary("mtsinfo@telekom.rs", "http://www.mts.telekom.rs/index.php/reklamacije.html"),
    selfCare: unverified(notFoundOnSite("The self-care app")),
    postalAddress: verified(
      "Telekom Srbija a.d., Dubrovačka 35, 11000 Beograd",
      "https://www.mts.rs/privatni/korisnicka-zona/racun/prigovor",
    ),
    requests: verified(
      "mts takes written requests in its shops (with a valid ID card or passport), by post to Dubrovačka 35, 11000 Beograd, by e-mail and through its contact centre. Someone acting for you needs a power of attorney certified by a notary. (mts states this for complaints.)",
      "https://www.mts.rs/privatni/korisnicka-zona/racun/prigovor",
    ),
    minimumTerm: verified("12 or 24 months.", "https://mts.rs/Privatni/Korisnicka-zona/Cesta-pitanja/Mobilna/Postpejd"),
    earlyTermination: EARLY_TERMINATION_GENERAL,
    prepaidLapse: verified(
      "Credit is valid 90 days from activation or the last top-up (at least 200 RSD). The SIM stays valid 12 months from activation or the last top-up, then becomes inactive; within 30 days a shop can reactivate it for 300 RSD.",
      "https://mts.rs/Privatni/Korisnicka-zona/Cesta-pitanja/Mobilna/Pripejd/Kredit/a3810-Pripejd-kredit-nije-dopunjen-u-odredjenom-roku.html",
    ),
    prepaidLapseDays: 365,
    porting: verified(
      "A porting request ends the contract with the old operator.",
      "https://www.mts.rs/poslovni/fiksna/telefonski-prikljucak/prenos-broja",
    ),
  },
  {
    id: "globaltel",
    name: "Globaltel",
    formerly: null,
    legalName: "Globaltel d.o.o. Beograd",
    website: verified("https://www.globaltel.rs", "https://www.globaltel.rs"),
    customerService: verified({ display: "0677 1234", dial: "06771234" }, "https://www.globaltel.rs/prenesi-svoj-broj"),
    fromAbroad: verified(
      { display: "+381 677 1234", dial: "+3816771234" },
      "https://www.globaltel.rs/politika-zastite-podataka-o-licnosti",
    ),
    hours: unverified(notFoundOnSite("Customer-service hours", "were")),
    email: verified("office@globaltel.rs", "https://www.globaltel.rs/politika-zastite-podataka-o-licnosti"),
    selfCare: unverified(notFoundOnSite("The self-care app")),
    postalAddress: verified("Globaltel d.o.o. Beograd, Makenzijeva 24, Beograd", "https://www.globaltel.rs/legal_general_terms.php"),
    requests: GENERAL_REQUESTS,
    minimumTerm: verified("12 or 24 months.", "https://www.globaltel.rs/postpaid"),
    earlyTermination: EARLY_TERMINATION_GENERAL,
    prepaidLapse: verified(
      "The number is kept by renewing a monthly subscription; if it is not renewed, the number is lost. The grace period was not found.",
      "https://globaltel.rs/najcesca-pitanja",
    ),
    prepaidLapseDays: null,
    porting: GENERAL_PORTING,
  },
  {
    id: "other",
    name: "Other operator",
    formerly: null,
    legalName: "",
    website: unverified("Odjava has no facts about this operator: check its website."),
    customerService: unverified("Odjava has no facts about this operator: check its website."),
    fromAbroad: unverified("Odjava has no facts about this operator."),
    hours: unverified("Odjava has no facts about this operator."),
    email: unverified("Odjava has no facts about this operator."),
    selfCare: unverified("Odjava has no facts about this operator."),
    postalAddress: unverified("Odjava has no facts about this operator: find its registered address on its website."),
    requests: GENERAL_REQUESTS,
    minimumTerm: unverified("Odjava has no facts about this operator: see your contract."),
    earlyTermination: EARLY_TERMINATION_GENERAL,
    prepaidLapse: unverified("Odjava has no facts about this operator."),
    prepaidLapseDays: null,
    porting: GENERAL_PORTING,
  },
];

export type OperatorId = "yettel" | "a1" | "mts" | "globaltel" | "other";
export const OPERATOR_IDS = OPERATORS.map((o) => o.id) as [OperatorId, ...OperatorId[]];

export function operatorById(id: string): Operator {
  return OPERATORS.find((o) => o.id === id) ?? OPERATORS[OPERATORS.length - 1]!;
}

export function operatorName(id: string): string {
  return OPERATORS.find((o) => o.id === id)?.name ?? id;
}
