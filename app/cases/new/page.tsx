import type { Metadata } from "next";
import { requireUser } from "../../lib/auth";
import { NewCaseForm } from "../../ui/new-case-form";

export const metadata: Metadata = { title: "New case" };

export default async function NewCasePage() {
  await requireUser("/cases/new");
  return (
    <div className="max-w-lg">
      <h1 className="mb-4 text-2xl font-bold">New case</h1>
      <NewCaseForm />
    </div>
  );
}
