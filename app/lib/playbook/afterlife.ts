import { daysBetween } from "@/app/lib/calendar";
import { msg, unverified, verified, type Fact, type Msg } from "@/app/lib/playbook/facts";
import { followUp } from "@/app/lib/playbook/deadline";
import { prepaidLapse } from "@/app/lib/playbook/lapse";
import type { Operator } from "@/app/lib/playbook/operators";
import type { PlanType } from "@/app/lib/vocabulary";

// The number's afterlife: what is tied to a number that is given up, and how to move it
// before the number stops receiving codes. Each service is one checklist item (its key),
// named by "afterlife.name.<id>", with the facts shown under it. A how-to comes from the
// service's own help page where one was found (read from stored copies on this date), and
// says "not verified" where none was: nothing here is written from memory.
const READ = { checked: "2026-12-01" };

export type AfterlifeGroup = "banks-state" | "messengers" | "chinese-apps" | "other";
export const AFTERLIFE_GROUPS: readonly AfterlifeGroup[] = ["banks-state", "messengers", "chinese-apps", "other"];

export type AfterlifeService = {
  id: string;
  // The checklist item ("checklist.<key>"): the first two keep the keys the prepare step
  // had before the inventory, so ticks stored under them keep their meaning.
  key: string;
  group: AfterlifeGroup;
  // At least one, each sourced or marked not verified. Empty only for the last item,
  // which is Odjava's own advice and claims nothing about another service.
  facts: readonly Fact<Msg>[];
};

// The branch visit is what the research expects of Serbian banks, but no bank's page saying
// so was found.
export const BANK_BRANCH = unverified<Msg>(msg("afterlife.fact.bankBranch"));

export const AFTERLIFE: readonly AfterlifeService[] = [
  {
    id: "banks",
    key: "twofa-bank",
    group: "banks-state",
    facts: [
      verified(msg("afterlife.fact.otp"), "https://otpbanka.rs/en/retail/sms-service", "operator", READ),
      verified(msg("afterlife.fact.mobi"), "https://mobibanka.rs/en/consumer/support/activate-internet-and-mobile-application", "operator", READ),
      BANK_BRANCH,
    ],
  },
  {
    id: "eid",
    key: "twofa-euprava",
    group: "banks-state",
    facts: [
      verified(msg("afterlife.fact.eid"), "https://eid.gov.rs/sr-Latn-RS/najcesca-pitanja-i-odgovori", "operator", READ),
      unverified(msg("afterlife.fact.eidChange")),
    ],
  },
  {
    id: "whatsapp",
    key: "number-whatsapp",
    group: "messengers",
    facts: [
      verified(msg("afterlife.fact.whatsapp"), "https://faq.whatsapp.com/1166321223998129/?locale=pl_PL&category=5245246&amp%3Blang=it", "operator", {
        ...READ,
        note: msg("afterlife.fact.whatsappPolish"),
      }),
    ],
  },
  { id: "viber", key: "number-viber", group: "messengers", facts: [unverified(msg("afterlife.fact.viber"))] },
  { id: "telegram", key: "number-telegram", group: "messengers", facts: [unverified(msg("afterlife.fact.telegram"))] },
  { id: "wechat", key: "number-wechat", group: "chinese-apps", facts: [unverified(msg("afterlife.fact.wechat"))] },
  { id: "alipay", key: "number-alipay", group: "chinese-apps", facts: [unverified(msg("afterlife.fact.alipay"))] },
  { id: "other", key: "number-other", group: "other", facts: [] },
];

export const AFTERLIFE_KEYS: readonly string[] = AFTERLIFE.map((s) => s.key);

// Before the SIM is destroyed (the confirm step): the apps that would let a stranger who
// gets the number in. WhatsApp's own page says numbers are recycled; Globaltel's says an
// account goes with the number; no Serbian period before reuse was found.
export const UNLINK_KEY = "number-unlinked";
export const UNLINK_FACTS: readonly Fact<Msg>[] = [
  verified(msg("afterlife.fact.recycled"), "https://faq.whatsapp.com/en/s40/28030000/?category=5245246&amp%3Blang=hu&lang=nl", "operator", {
    ...READ,
    note: msg("afterlife.fact.recycledDutch"),
  }),
  verified(msg("afterlife.fact.globaltel"), "https://globaltel.rs/najcesca-pitanja", "operator", READ),
  unverified(msg("afterlife.fact.quarantine")),
];

// When the number stops receiving codes, as well as Odjava knows it: the day the line was
// closed; else, for a prepaid card, the day it lapses unused (lapse.ts); else the day the
// operator should have answered the request (deadline.ts), by which the line may be closed.
// None of these yet: before the request goes in.
export type AfterlifeDue = { kind: "closed" | "lapse" | "followUp"; before: string; passed: boolean } | { kind: "beforeRequest" };

export type AfterlifeDueInput = {
  planType: PlanType;
  closedOn: string | null;
  submittedOn: string | null;
  lastTopUp: string | null;
};

export function afterlifeDue(f: AfterlifeDueInput, operator: Pick<Operator, "prepaidLapseAfter">, today: string): AfterlifeDue {
  const at = (kind: "closed" | "lapse" | "followUp", before: string): AfterlifeDue => ({ kind, before, passed: daysBetween(today, before) <= 0 });
  if (f.closedOn) return at("closed", f.closedOn);
  const lapse = f.planType === "prepaid" ? prepaidLapse(operator, f.lastTopUp) : null;
  if (lapse) return at("lapse", lapse.lapseOn);
  if (f.submittedOn) return at("followUp", followUp(f.submittedOn, today).due);
  return { kind: "beforeRequest" };
}
