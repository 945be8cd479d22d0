import { connection } from "next/server";

// Rendered on every request, as Odjava's signed-in pages are.
export default async function Dynamic() {
  await connection();
  return <p>Rendered at {new Date().toISOString()}.</p>;
}
