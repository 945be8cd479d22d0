"use client";
import { useState } from "react";

// `tick` is the page's server action (../action or ../action-prisma).
export function TickButton({ tick }) {
  const [done, setDone] = useState(false);
  return (
    <button type="button" aria-pressed={done} onClick={() => tick({ key: "floor", done: !done }).then(() => setDone(!done))}>
      Tick
    </button>
  );
}
