import { TickButton } from "../action/tick-button";
import { tickPrisma } from "./actions";

// The server action of ../action, written through Prisma (actions.js).
export default function ActionPrisma() {
  return (
    <main>
      <TickButton tick={tickPrisma} />
    </main>
  );
}
