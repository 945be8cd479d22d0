import type { Metadata, Viewport } from "next";
import Link from "next/link";
import "./globals.css";
import { currentUser } from "./lib/auth";
import { SignOutButton } from "./ui/sign-out-button";

export const metadata: Metadata = {
  title: { default: "Odjava: cancel a Serbian SIM properly", template: "%s · Odjava" },
  description: "Step by step help to cancel a Serbian mobile SIM card or contract: Yettel, A1, mts and others.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          Skip to content
        </a>
        <header className="border-b border-slate-200 bg-white">
          <nav aria-label="Main" className="mx-auto flex max-w-3xl items-center justify-between gap-4 px-4 py-3">
            <Link href="/" className="text-lg font-bold text-brand-700">
              Odjava
            </Link>
            <div className="flex items-center gap-3 text-sm">
              {user ? (
                <>
                  <Link href="/cases" className="font-medium text-brand-700 underline-offset-4 hover:underline">
                    My cases
                  </Link>
                  <SignOutButton />
                </>
              ) : (
                <>
                  <Link href="/sign-in" className="font-medium text-brand-700 underline-offset-4 hover:underline">
                    Sign in
                  </Link>
                  <Link href="/sign-up" className="rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800">
                    Sign up
                  </Link>
                </>
              )}
            </div>
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-3xl px-4 py-6">
          {children}
        </main>
      </body>
    </html>
  );
}
