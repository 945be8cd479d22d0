// A fact shown to people carries where it came from and when it was checked. A fact
// nobody could confirm has no value at all: the UI says "not verified" instead.

export type Source = {
  url: string;
  // Further pages the value rests on as well, read the same day and of the same kind
  // (a rule one page gives in part, or a year another page dates).
  also?: string[];
  // The date the page was read for Odjava (from a stored copy of the page; see README).
  checked: string;
  // "operator"/"regulator": the operator's or RATEL's own page; "secondary": press,
  // consumer guides, forums, or an operator's own page from before a rebranding.
  kind: "operator" | "regulator" | "secondary";
  // What the source does not say plainly, shown beside it (e.g. a number given for
  // business customers only).
  note?: Msg;
};

// Text shown to people is a message key (app/lib/i18n/messages), so facts speak every
// language; numbers, addresses and URLs are the same in all of them.
export type Msg = { msg: string; values?: Record<string, string> };
export const msg = (key: string, values?: Record<string, string>): Msg => ({ msg: key, values });

export type Fact<T> =
  { status: "verified"; value: T; source: Source } | { status: "secondary"; value: T; source: Source } | { status: "unverified"; value: null; note: Msg };

// When the sources were first read (../shared/research/operators.md).
export const CHECKED = "2026-11-25";
// When the content audit read every source again, one by one
// (../shared/research/content-audit.md); a fact it confirmed or corrected carries this date.
export const AUDITED = "2026-12-01";

// Where a fact's own page, date or caveat differs from the defaults.
export type SourceOptions = { checked?: string; also?: string[]; note?: Msg };

function source(url: string, kind: Source["kind"], { checked = CHECKED, also, note }: SourceOptions): Source {
  return { url, ...(also?.length ? { also } : {}), checked, kind, ...(note ? { note } : {}) };
}

export function verified<T>(value: T, url: string, kind: "operator" | "regulator" = "operator", options: SourceOptions = {}): Fact<T> {
  return { status: "verified", value, source: source(url, kind, options) };
}

export function secondary<T>(value: T, url: string, options: SourceOptions = {}): Fact<T> {
  return { status: "secondary", value, source: source(url, "secondary", options) };
}

export function unverified<T>(note: Msg): Fact<T> {
  return { status: "unverified", value: null, note };
}
