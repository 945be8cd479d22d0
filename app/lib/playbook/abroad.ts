import { msg, unverified, type Msg } from "@/app/lib/playbook/facts";
import type { Channel } from "@/app/lib/vocabulary";

// Already outside Serbia (issue 16, item 7): what changes. The channels: e-mail and an
// international registered letter from where the person is; a shop only through a
// representative in Serbia (checklist.ts's channelsFor). The contacts shown are the
// operator's own facts (operators.ts): its number "from abroad" where one is sourced, its
// e-mail and postal address; no other number is offered for calling from abroad.

// The channels in the order they suit someone abroad.
export const ABROAD_CHANNELS: readonly Channel[] = ["email", "letter", "shop"];

// That free 0800 numbers cannot be called from abroad: mts's own page says only that the
// owner of such a number chooses the networks it is reachable from (content-audit M2), so
// this stays unverified.
export const FREE_NUMBERS_ABROAD = unverified<Msg>(msg("abroad.freeNumbersUnverified"));

// Where a power of attorney signed abroad is certified (a local notary, a Serbian embassy
// or consulate) and whether it needs an apostille: not verified for any country.
export const POA_ABROAD = unverified<Msg>(msg("abroad.poaUnverified"));
