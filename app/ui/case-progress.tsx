"use client";
import { createContext, useContext, useState, type ReactNode } from "react";
import type { Progress } from "@/app/lib/playbook/checklist";
import type { StepId } from "@/app/lib/vocabulary";
import { ProgressBar } from "@/app/ui/progress-bar";

// A case's progress as the page last knew it. A tick's answer carries the new progress,
// so the counts on the page follow a tick without the server rendering the page again
// (the tick stays one small request). When the server does render again (a step done,
// a form saved, a navigation), its progress replaces this one.
export type CountWords = { doneOfTotal: string; done: string; label: string };

const ProgressContext = createContext<{ progress: Progress; setProgress: (p: Progress) => void } | null>(null);

export function CaseProgressProvider({ initial, children }: { initial: Progress; children: ReactNode }) {
  const [state, setState] = useState({ initial, progress: initial });
  // New progress from the server wins over what ticks reported (React's "adjust state when
  // a prop changes" pattern: no effect, no extra render pass on the screen).
  if (state.initial !== initial) setState({ initial, progress: initial });
  const setProgress = (progress: Progress) => setState((s) => ({ ...s, progress }));
  return <ProgressContext.Provider value={{ progress: state.progress, setProgress }}>{children}</ProgressContext.Provider>;
}

// Null outside a case page (a checklist item then only saves).
export function useCaseProgress() {
  return useContext(ProgressContext);
}

function countText(words: CountWords, done: number, total: number) {
  return words.doneOfTotal.replace("{done}", String(done)).replace("{total}", String(total));
}

export function LiveProgressBar({ words }: { words: CountWords }) {
  const { done, total } = useContext(ProgressContext)!.progress;
  return <ProgressBar done={done} total={total} label={words.label} valueText={countText(words, done, total)} />;
}

// "2 of 5 done", or "Done", for one step.
export function StepCount({
  step,
  words,
  className,
  doneClass,
  openClass,
}: {
  step: StepId;
  words: CountWords;
  className: string;
  doneClass: string;
  openClass: string;
}) {
  const s = useContext(ProgressContext)!.progress.steps.find((x) => x.id === step);
  if (!s) return null;
  const complete = s.done === s.total;
  return <span className={`${className} ${complete ? doneClass : openClass}`}>{complete ? words.done : countText(words, s.done, s.total)}</span>;
}
