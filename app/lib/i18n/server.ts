import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { currentUser } from "@/app/lib/auth/session";
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale, localeFromAcceptLanguage, type Locale } from "@/app/lib/i18n/locales";
import { translator } from "@/app/lib/i18n/translator";

// The language of this request: the account's setting, else the cookie, else the
// browser's Accept-Language, else English.
export const getLocale = cache(async (): Promise<Locale> => {
  const user = await currentUser();
  if (isLocale(user?.locale)) return user.locale;
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  return localeFromAcceptLanguage((await headers()).get("accept-language")) ?? DEFAULT_LOCALE;
});

export const getT = cache(async () => translator(await getLocale()));
