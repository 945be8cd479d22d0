import { signOutAction } from "@/app/lib/account/sign-in-actions";

export function SignOutButton({ label }: { label: string }) {
  return (
    <form action={signOutAction}>
      <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 font-medium hover:bg-slate-100">
        {label}
      </button>
    </form>
  );
}
