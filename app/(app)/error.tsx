"use client";
import { useSyncExternalStore } from "react";
import { ERROR_TEXT as TEXT } from "@/app/ui/error-text";

// An error boundary renders on the client without the server's translations: it reads
// the page's language (its sentences: app/ui/error-text.ts).

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
