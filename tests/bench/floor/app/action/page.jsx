import { TickButton } from "./tick-button";

// The least JavaScript a page with one client component and one server action needs.
export default function Action() {
  return (
    <main>
      <TickButton />
    </main>
  );
}
