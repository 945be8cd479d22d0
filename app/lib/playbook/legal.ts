import { secondary, unverified, verified } from "./facts";

// Rules that hold for every operator, each with its source.

export const CONTRACT_AFTER_TERM = secondary(
  "A consumer's fixed term may not exceed 24 months. After it ends the contract runs on with no fixed term, and you may end it at any time with at most one month's notice and no termination costs (Law on Electronic Communications 2023, Art. 129, as quoted by a user forum; not read in the official text).",
  "https://forum.benchmark.rs/threads/mobilna-telefonija-korisni%C4%8Dka-pitanja-i-podr%C5%A1ka.485860/post-7419123",
);

export const CHANGE_OF_TERMS = verified(
  "If the operator changes the terms to your disadvantage it must tell you a month ahead, and you may then end the contract before its term without paying for ending it.",
  "https://ratel.rs/sr/page/cesto-postavljana-pitanja",
  "regulator",
);

export const PORTING_REFUSALS = verified(
  "A porting request can be refused for: an unregistered prepaid number, unpaid debts, a number used for less than 2 months with the operator, a stolen or disconnected number, an incomplete request, or a person not entitled to ask.",
  "https://ratel.rs/sr/page/prenos-broja",
  "regulator",
);

export const KEEP_PROOF = secondary(
  "Consumer groups advise a written, hand-signed request and keeping proof that it was sent and that it arrived. They also report bills sent after a line was closed: check your bills for two months afterwards.",
  "https://www.kurir.rs/vesti/drustvo/3800691/",
);

export const ANSWER_TIME = unverified<string>(
  "No source says how long operators take to answer a termination request. Odjava suggests following up after 8 Serbian business days; record the real answer when it comes.",
);

export const FOLLOW_UP_BUSINESS_DAYS = 8;

export const RATEL_COMPLAINT = verified(
  "If the operator does not answer or refuses, you can complain to the regulator RATEL online at portal.ratel.rs, by e-mail to ratel@ratel.rs, or by post or in person at Palmotićeva 2, Beograd. Name the operator, the contract number and the phone number.",
  "https://www.ratel.rs/sr/page/prigovori-elektronske-komunikacije",
  "regulator",
);

export const RATEL_DEADLINES = secondary(
  "RATEL's page gives 30 days after a bill's due date to complain to the operator, 15 days for its written answer, and then 15 days to turn to RATEL; those figures cite the old law, and new rules apply since 1 January 2025. Act quickly and confirm the current deadlines with RATEL.",
  "https://www.ratel.rs/sr/page/prigovori-elektronske-komunikacije",
);
