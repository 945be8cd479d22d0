import Link from "next/link";

export default function NotFound() {
  return (
    <div className="py-10 text-center">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="mt-2 text-slate-700">There is nothing here, or it is not yours to see.</p>
      <Link href="/cases" className="mt-4 inline-block font-medium text-brand-700 underline">
        Go to my cases
      </Link>
    </div>
  );
}
