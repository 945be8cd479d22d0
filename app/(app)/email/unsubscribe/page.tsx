import type { Metadata } from "next";
import { getT } from "@/app/lib/i18n/server";
import { loose } from "@/app/lib/i18n/translator";
import { readUnsubscribe } from "@/app/lib/reminders/opt-outs";
import { unsubscribeAction } from "@/app/lib/reminders/actions";
import { PasswordForm } from "@/app/ui/password-form";
import { Note } from "@/app/ui/section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("unsubscribe.heading") };
}

// The unsubscribe link in a reminder's text, opened in a browser: it asks before it stops
// anything, since mail programs open links to check them.
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const t = await getT();
  const link = readUnsubscribe(params);
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t("unsubscribe.heading")}</h1>
      {link ? (
        <>
          <p>{t("unsubscribe.text", { kind: loose(t)(`reminderKinds.${link.kind}`) })}</p>
          <PasswordForm
            action={unsubscribeAction}
            hidden={{ u: String(params.u), k: link.kind, s: String(params.s) }}
            fields={[]}
            submit={t("unsubscribe.button")}
            pending={t("common.saving")}
            done={t("unsubscribe.done")}
          />
        </>
      ) : (
        <Note tone="warn">{t("unsubscribe.invalid")}</Note>
      )}
    </div>
  );
}
