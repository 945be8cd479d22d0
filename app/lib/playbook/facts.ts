// A fact shown to people carries where it came from and when it was checked. A fact
// nobody could confirm has no value at all: the UI says "not verified" instead.

export type Source = {
  url: string;
  // The date the page was read for Odjava (from a stored copy of the page; see README).
  checked: string;
  // "operator"/"regulator": the operator's or RATEL's own page; "secondary": press,
  // consumer guides, forums, or an operator's own page from before a rebranding.
  kind: "operator" | "regulator" | "secondary";
};

// Text shown to people is a message key (app/lib/i18n/messages), so facts speak every
// language; numbers, addresses and URLs are the same in all of them.
export type Msg = { msg: string; values?: Record<string, string> };
export const msg = (key: string, values?: Record<string, string>): Msg => ({ msg: key, values });

export type Fact<T> =
  { status: "verified"; value: T; source: Source } | { status: "secondary"; value: T; source: Source } | { status: "unverified"; value: null; note: Msg };

export const CHECKED = "2026-11-25";

export function verified<T>(value: T, url: string, kind: "operator" | "regulator" = "operator"): Fact<T> {
  return { status: "verified", value, source: { url, checked: CHECKED, kind } };
}

export function secondary<T>(value: T, url: string): Fact<T> {
  return { status: "secondary", value, source: { url, checked: CHECKED, kind: "secondary" } };
}

export function unverified<T>(note: Msg): Fact<T> {
  return { status: "unverified", value: null, note };
}
