import { redirect } from "next/navigation";
import { getLocale } from "@/app/lib/i18n/server";
import { guidesPath } from "@/app/lib/public/paths";

// /guides without a language: the guides in the reader's (account, cookie, browser).
export default async function GuidesRedirect() {
  redirect(guidesPath(await getLocale()));
}
