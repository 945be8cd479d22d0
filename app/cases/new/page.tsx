import type { Metadata } from "next";
import { requireUser } from "@/app/lib/auth/session";
import { getT } from "@/app/lib/i18n/server";
import { operatorLabel } from "@/app/lib/labels";
import { OPERATORS } from "@/app/lib/playbook/operators";
import { NewCaseForm } from "@/app/ui/new-case-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("newCase.heading") };
}

export default async function NewCasePage() {
  await requireUser("/cases/new");
  const t = await getT();
  const operators = OPERATORS.map((o) => ({
    id: o.id,
    label: `${operatorLabel(t, o.id)}${o.formerly ? ` (${t("home.formerly", { name: o.formerly })})` : ""}`,
  }));
  return (
    <div className="max-w-lg">
      <h1 className="mb-4 text-2xl font-bold">{t("newCase.heading")}</h1>
      <NewCaseForm
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
