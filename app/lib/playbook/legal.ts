import { msg, secondary, unverified, verified, type Msg } from "@/app/lib/playbook/facts";

// Rules that hold for every operator, each with its source.

export const CONTRACT_AFTER_TERM = secondary(
  msg("legal.contractAfterTerm"),
  "https://forum.benchmark.rs/threads/mobilna-telefonija-korisni%C4%8Dka-pitanja-i-podr%C5%A1ka.485860/post-7419123",
);

export const CHANGE_OF_TERMS = verified(msg("legal.changeOfTerms"), "https://ratel.rs/sr/page/cesto-postavljana-pitanja", "regulator");

export const PORTING_REFUSALS = verified(msg("legal.portingRefusals"), "https://ratel.rs/sr/page/prenos-broja", "regulator");

export const KEEP_PROOF = secondary(msg("legal.keepProof"), "https://www.kurir.rs/vesti/drustvo/3800691/");

export const ANSWER_TIME = unverified<Msg>(msg("legal.answerTime"));

export const FOLLOW_UP_BUSINESS_DAYS = 8;

export const RATEL_COMPLAINT = verified(msg("legal.ratelComplaint"), "https://www.ratel.rs/sr/page/prigovori-elektronske-komunikacije", "regulator");

export const RATEL_DEADLINES = secondary(msg("legal.ratelDeadlines"), "https://www.ratel.rs/sr/page/prigovori-elektronske-komunikacije");
