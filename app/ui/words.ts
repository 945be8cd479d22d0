import type { T } from "@/app/lib/i18n/translator";
import type { FormWords } from "@/app/ui/answer-form";
import type { ItemWords } from "@/app/ui/checklist-item";
import type { CountWords } from "@/app/ui/case-progress";

// The few words client components show, translated on the server and passed down.
export function formWords(t: T): FormWords {
  return { saving: t("common.saving"), saved: t("common.saved"), choose: t("common.choose"), optional: t("common.optional") };
}

export function itemWords(t: T): ItemWords {
  return { saving: t("item.saving"), saved: t("item.saved"), notSaved: t("item.notSaved", { reason: "{reason}" }), offline: t("item.offline") };
}

export function countWords(t: T): CountWords {
  return { doneOfTotal: t("common.doneOfTotal", { done: "{done}", total: "{total}" }), done: t("common.done"), label: t("common.progress") };
}

// The three answers a yes/no question on a step form offers.
export function answerOptions(t: T) {
  return [
    { value: "no", label: t("common.no") },
    { value: "yes", label: t("common.yes") },
    { value: "unknown", label: t("common.dontKnow") },
  ];
}

// The two answers a question with no "don't know" offers.
export function yesNoOptions(t: T) {
  return [
    { value: "no", label: t("common.no") },
    { value: "yes", label: t("common.yes") },
  ];
}
