import type { GuideStep } from "@/app/lib/playbook/guide";
import { itemLabel, stepTitle } from "@/app/lib/labels";
import type { T } from "@/app/lib/i18n/translator";

// A plan's steps in a public guide: the items a case would list, numbered; the items of
// one way of submitting under that way's name.
export function GuideSteps({ steps, t, idPrefix }: { steps: GuideStep[]; t: T; idPrefix: string }) {
  const label = (key: string) => itemLabel(t, { key }, { idDocument: null });
  return (
    <ol className="mt-3 space-y-4">
      {steps.map((s, i) => (
        <li key={s.id} aria-labelledby={`${idPrefix}-${s.id}`}>
          <h3 id={`${idPrefix}-${s.id}`} className="font-semibold">
            {i + 1}. {stepTitle(t, s.id)}
          </h3>
          {s.items.length > 0 && (
            <ul className="mt-1 list-disc space-y-1 pl-6 text-sm">
              {s.items.map((k) => (
                <li key={k}>{label(k)}</li>
              ))}
            </ul>
          )}
          {s.byChannel.map((c) => (
            <div key={c.channel} className="mt-2 text-sm">
              <p className="font-medium">{t(`guide.via.${c.channel}`)}</p>
              <ul className="mt-1 list-disc space-y-1 pl-6">
                {c.items.map((k) => (
                  <li key={k}>{label(k)}</li>
                ))}
              </ul>
            </div>
          ))}
        </li>
      ))}
    </ol>
  );
}
