"use client";
import { useSyncExternalStore } from "react";
import { toCyrillic } from "@/app/lib/i18n/cyrillic";

// An error boundary renders on the client without the server's translations: it reads
// the page's language and carries its three sentences in each language itself.
const SR_LATN = ["Nešto nije u redu", "Ništa što ste ranije sačuvali nije izgubljeno. Pokušajte ponovo.", "Pokušajte ponovo"];
const TEXT: Record<string, readonly string[]> = {
  en: ["Something went wrong", "Nothing you saved before this was lost. Please try again.", "Try again"],
  "zh-Hans": ["出了点问题", "此前保存的内容都没有丢失。请重试。", "重试"],
  "sr-Latn": SR_LATN,
  "sr-Cyrl": SR_LATN.map((s) => toCyrillic(s)),
};

// The page's language never changes while the error shows: nothing to subscribe to.
const noChanges = () => () => {};
const pageLanguage = (): string => {
  const l = document.documentElement.lang;
  return l in TEXT ? l : "en";
};

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const lang = useSyncExternalStore(noChanges, pageLanguage, () => "en" as const);
  const [heading, text, retry] = TEXT[lang] ?? TEXT.en!;
  return (
    <div role="alert" className="py-10 text-center">
      <h1 className="text-2xl font-bold">{heading}</h1>
      <p className="mt-2 text-slate-700">{text}</p>
      <button type="button" onClick={reset} className="mt-4 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
        {retry}
      </button>
    </div>
  );
}
