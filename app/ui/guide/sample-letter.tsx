import type { Bilingual } from "@/app/lib/documents/bilingual";
import type { LetterText } from "@/app/lib/documents/letter";
import { HTML_LANG, type Locale } from "@/app/lib/i18n/locales";

// The termination letter as a sample (blanks where a case fills in the person's details):
// the Serbian text the operator reads, marked as Serbian for screen readers, and beneath
// it the same in the reader's language.
export function SampleLetter({
  letter,
  serbianLang,
  locale,
  translationLabel,
}: {
  letter: Bilingual<LetterText>;
  serbianLang: string;
  locale: Locale;
  translationLabel: string;
}) {
  const block = (l: LetterText) => (
    <>
      <p className="font-semibold">{l.title}</p>
      <p className="mt-2 whitespace-pre-line">{[...l.sender, "", ...l.recipient].join("\n")}</p>
      <p className="mt-2">{l.placeAndDate}</p>
      <p className="mt-2 font-medium">{l.subject}</p>
      {l.body.map((p, i) => (
        <p key={i} className="mt-2">
          {p}
        </p>
      ))}
      {l.fillIn.map((p, i) => (
        <p key={`f${i}`} className="mt-2">
          {p}
        </p>
      ))}
      <p className="mt-2">{l.closing}</p>
      <p className="mt-1">{l.signature}</p>
    </>
  );
  return (
    <div className="space-y-4 text-sm">
      <blockquote lang={serbianLang} className="break-words rounded-md border border-slate-300 bg-white p-4">
        {block(letter.sr)}
      </blockquote>
      {letter.translation && (
        <div>
          <p className="font-medium">{translationLabel}</p>
          <blockquote lang={HTML_LANG[locale]} className="mt-2 break-words rounded-md border border-slate-200 bg-slate-50 p-4 text-slate-700">
            {block(letter.translation)}
          </blockquote>
        </div>
      )}
    </div>
  );
}
