"use client";
import { useState } from "react";
import { tick } from "./actions";

export function TickButton() {
  const [done, setDone] = useState(false);
  return (
    <button type="button" aria-pressed={done} onClick={() => tick({ key: "floor", done: !done }).then(() => setDone(!done))}>
      Tick
    </button>
  );
}
