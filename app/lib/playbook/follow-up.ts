import { formatE164 } from "../phone";
import { formatSerbianDate } from "../dates";
import type { CaseFacts } from "./checklist";


// The message to chase an operator that has not answered, in Serbian with its meaning.
export function followUpMessage(input: { facts: CaseFacts; phoneE164: string; operatorReference: string | null }) {
  const number = formatE164(input.phoneE164);
  const when = input.facts.submittedOn;
  const ref = input.operatorReference?.trim();
  const sr = [
    "Poštovani,",
    `${when ? `Dana ${formatSerbianDate(when)}` : "Ranije"} sam podneo/la zahtev za raskid ugovora za broj ${number}${ref ? ` (broj predmeta: ${ref})` : ""}.`,
    "Do danas nisam dobio/la odgovor. Molim Vas da mi u pisanoj formi potvrdite raskid ugovora i datum isključenja broja.",
    "Ukoliko ne dobijem odgovor, obratiću se Regulatornom telu za elektronske komunikacije i poštanske usluge (RATEL).",
    "S poštovanjem,",
  ].join("\n\n");
  const en = [
    "Dear Sir or Madam,",
    `${when ? `On ${when}` : "Earlier"} I submitted a request to terminate the contract for number ${number}${ref ? ` (reference: ${ref})` : ""}.`,
    "I have had no answer so far. Please confirm in writing that the contract is terminated and the date the number is disconnected.",
    "If I receive no answer, I will turn to the regulator for electronic communications and postal services (RATEL).",
    "Yours faithfully,",
  ].join("\n\n");
  return { sr, en };
}
