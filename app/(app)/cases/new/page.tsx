import type { Metadata } from "next";
import { requireUser } from "@/app/lib/auth/session";
import { getT } from "@/app/lib/i18n/server";
import { operatorLabel } from "@/app/lib/labels";
import { OPERATORS } from "@/app/lib/playbook/operators";
import { OPERATOR_IDS, PLAN_TYPES, isOneOf } from "@/app/lib/vocabulary";
import { NewCaseForm } from "@/app/ui/new-case-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("newCase.heading") };
}

// A guide's "start my case" link names the operator and the plan (?operator=yettel&plan=
// postpaid); they are chosen in the form, and kept through sign-in or sign-up. Anything
// else in the query is ignored.
export default async function NewCasePage({ searchParams }: { searchParams: Promise<{ operator?: string; plan?: string }> }) {
  const query = await searchParams;
  const initial = {
    ...(isOneOf(OPERATOR_IDS, query.operator) ? { operator: query.operator } : {}),
    ...(isOneOf(PLAN_TYPES, query.plan) ? { planType: query.plan } : {}),
  };
  const back = new URLSearchParams({ ...(initial.operator ? { operator: initial.operator } : {}), ...(initial.planType ? { plan: initial.planType } : {}) });
  await requireUser(back.size > 0 ? `/cases/new?${back}` : "/cases/new");
  const t = await getT();
  const operators = OPERATORS.map((o) => ({
    id: o.id,
    label: `${operatorLabel(t, o.id)}${o.formerly ? ` (${t("home.formerly", { name: o.formerly })})` : ""}`,
  }));
  return (
    <div className="max-w-lg">
      <h1 className="mb-4 text-2xl font-bold">{t("newCase.heading")}</h1>
      <NewCaseForm
        initial={initial}
        labels={{
          operator: t("newCase.operator"),
          choose: t("common.choose"),
          operators,
          phone: t("newCase.phone"),
          phoneHint: t("newCase.phoneHint"),
          planType: t("newCase.planType"),
          prepaid: t("newCase.prepaidOption"),
          postpaid: t("newCase.postpaidOption"),
          contractEndDate: t("newCase.contractEndDate"),
          optional: t("common.optional"),
          contractEndDateHint: t("newCase.contractEndDateHint"),
          create: t("newCase.create"),
          creating: t("newCase.creating"),
        }}
      />
    </div>
  );
}
