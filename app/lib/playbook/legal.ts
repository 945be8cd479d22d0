import { AUDITED, msg, secondary, unverified, verified, type Msg } from "@/app/lib/playbook/facts";

// Rules that hold for every operator, each with its source.

// Sources the content audit read again on AUDITED; KEEP_PROOF's (and bills.ts's) press
// article was not found again, so it keeps the first reading's date.
const AUDIT = { checked: AUDITED };

export const CONTRACT_AFTER_TERM = secondary(
  msg("legal.contractAfterTerm"),
  "https://forum.benchmark.rs/threads/mobilna-telefonija-korisni%C4%8Dka-pitanja-i-podr%C5%A1ka.485860/post-7419123",
  AUDIT,
);

// RATEL's FAQ and its post cite the old law (Art. 107); the 2023 law's Art. 131 is read
// only in a user forum's quote, so what it adds is a secondary fact of its own.
export const CHANGE_OF_TERMS = verified(msg("legal.changeOfTerms"), "https://ratel.rs/sr/page/cesto-postavljana-pitanja", "regulator", {
  ...AUDIT,
  also: ["https://www.ratel.rs/cyr/blog/prava-korisnika-u-sluchaju-jednostrane-izmene-uslova-ugovora-sa-operatorom"],
  note: msg("legal.changeOfTermsOldLaw"),
});

export const CHANGE_OF_TERMS_2023 = secondary(msg("legal.changeOfTerms2023"), "https://forum.benchmark.rs/goto/post?id=7107628", AUDIT);

// The refusal grounds as RATEL's page gives them, which are those of its porting rulebook of
// 2022 (Sl. glasnik RS 13/22, in force 12 February 2022); the rulebook of 2024 (82/24)
// applies from 1 June 2025 and its grounds were not found, so the text says so.
export const PORTING_RULEBOOK_2022 =
  "https://www.ratel.rs/sr/blog/stupio-na-snagu-pravilnik-o-prenosivosti-broja-za-usluge-koje-se-pruzaju-preko-javnih-mobilnih-komunikacionih-mreza";
export const PORTING_RULEBOOK_2024 = "https://ratel.rs/en/blog-posts-view-all/stupanje-na-snagu-novikh-pravilnika-3";
export const PORTING_REFUSALS = verified(msg("legal.portingRefusals"), "https://ratel.rs/sr/page/prenos-broja", "regulator", {
  ...AUDIT,
  also: [PORTING_RULEBOOK_2022, PORTING_RULEBOOK_2024],
});

// The Ministry's decision of 2018 (not 2019): Blic gives what it says, pcpress dates it July
// 2018, the Ministry's own page reports it, ozon.rs files it under 2018.
export const EARLY_TERMINATION = secondary(
  msg("facts.earlyTermination"),
  "https://www.blic.rs/vesti/drustvo/mobilni-operateri-vise-nece-moci-da-naplacuju-penale-za-raskid-ugovora-ali-to-ne/7ptcwce",
  {
    ...AUDIT,
    also: [
      "https://pcpress.rs/ukidaju-se-penali-prilikom-raskida-ugovora-sa-mobilnim-i-internet-operaterima/",
      "https://mtt.gov.rs/slider/korisnicima-moguscnost-da-biraju/?script=lat",
      "https://www.ozon.rs/vestisrbija/2018/ko-hoce-raskid-s-operaterima-platice-telefon/",
    ],
  },
);

// A device on instalments when the contract ends: a consumer association's reading (2021,
// leaving Telenor after a price rise) of the Law on Obligations, Art. 132 and 549. The
// stored copy read on 2026-12-01 gives its first option (each side returns what it
// received) and is cut off before the second, so the text names only what was read.
export const DEVICE_INSTALMENTS = secondary(
  msg("legal.deviceInstalments"),
  "https://efektiva.rs/aktuelnosti-efektiva/potrosaci-aktuelnosti/raskid-ugovora-sa-telenor-om/",
  {
    checked: "2026-12-01",
    note: msg("legal.deviceInstalmentsNote"),
  },
);

// Whether a shop may insist on the original contract: no source was found either way.
export const ORIGINAL_CONTRACT = unverified<Msg>(msg("legal.originalContract"));

export const KEEP_PROOF = secondary(msg("legal.keepProof"), "https://www.kurir.rs/vesti/drustvo/3800691/");

export const ANSWER_TIME = unverified<Msg>(msg("legal.answerTime"));

export const FOLLOW_UP_BUSINESS_DAYS = 8;

export const RATEL_COMPLAINT = verified(msg("legal.ratelComplaint"), "https://www.ratel.rs/sr/page/prigovori-elektronske-komunikacije", "regulator", AUDIT);

// RATEL's page still cites the old law's Art. 113, hence secondary; RATEL's posts date the
// out-of-court rulebook (Sl. glasnik RS 58/24 of 5 July 2024, in force 13 July 2024, applied
// from 1 January 2025), whose deadlines were not found.
export const RATEL_DEADLINES = secondary(msg("legal.ratelDeadlines"), "https://www.ratel.rs/sr/page/prigovori-elektronske-komunikacije", {
  ...AUDIT,
  also: [
    "https://ratel.rs/sr/blog/donet-novi-pravilnik-o-postupku-vansudskog-resavanja-spora-pred-regulatornim-telom-za-elektronske-komunikacije-i-postanske-usluge",
    "https://ratel.rs/en/blog/new-rulebook-on-out-of-court-dispute-resolution-before-regulatory-authority-for-electronic-communications-and-postal-services-adopted",
  ],
});
