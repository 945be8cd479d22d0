import { TickButton } from "./tick-button";
import { tick } from "./actions";

// The least JavaScript a page with one client component and one server action needs.
export default function Action() {
  return (
    <main>
      <TickButton tick={tick} />
    </main>
  );
}
