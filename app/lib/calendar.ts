import Holidays from "date-holidays";

// Serbian business days. Public holidays come from date-holidays (type "public" only:
// its RS data also lists optional and observance days, which are working days).
//
// One correction on top of it: when two days off fall on one date because a state
// holiday on a Sunday was moved onto another holiday (Orthodox Easter on 2 May, as in
// 2021 and 2027), the library keeps one day off; the law (Zakon o državnim i drugim
// praznicima, Art. 3a) and the Ministry's 2021 opinion give the next working day off
// as well. Every date that carries k holidays adds k-1 more days off.

export type IsoDate = string; // "YYYY-MM-DD"

const holidays = new Holidays("RS");
const daysOffByYear = new Map<number, Map<IsoDate, string[]>>();

function toDate(iso: IsoDate): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function toIso(d: Date): IsoDate {
  return d.toISOString().slice(0, 10);
}

export function addDays(iso: IsoDate, n: number): IsoDate {
  const d = toDate(iso);
  d.setUTCDate(d.getUTCDate() + n);
  return toIso(d);
}

// The same day `months` later, or that month's last day (31 January + 1 month = 28/29 Feb).
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const total = m - 1 + months;
  const year = y + Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

function isWeekend(iso: IsoDate): boolean {
  const day = toDate(iso).getUTCDay();
  return day === 0 || day === 6;
}

// Date -> names of the public holidays that make it a day off, for one year.
export function daysOff(year: number): Map<IsoDate, string[]> {
  const cached = daysOffByYear.get(year);
  if (cached) return cached;
  const byDate = new Map<IsoDate, string[]>();
  for (const h of holidays.getHolidays(year, "sr")) {
    if (h.type !== "public") continue;
    const date = h.date.slice(0, 10);
    byDate.set(date, [...(byDate.get(date) ?? []), h.name]);
  }
  for (const [date, names] of [...byDate].sort(([a], [b]) => a.localeCompare(b))) {
    for (const name of names.slice(1)) {
      let next = addDays(date, 1);
      while (isWeekend(next) || byDate.has(next)) next = addDays(next, 1);
      byDate.set(next, [name]);
    }
  }
  daysOffByYear.set(year, byDate);
  return byDate;
}

export function holidayNames(iso: IsoDate): string[] {
  return daysOff(Number(iso.slice(0, 4))).get(iso) ?? [];
}

export function isBusinessDay(iso: IsoDate): boolean {
  return !isWeekend(iso) && holidayNames(iso).length === 0;
}

// The date n business days after `start` (start itself never counts).
export function addBusinessDays(start: IsoDate, n: number): IsoDate {
  let date = start;
  for (let left = n; left > 0;) {
    date = addDays(date, 1);
    if (isBusinessDay(date)) left--;
  }
  return date;
}

// Calendar days from `from` to `to` (negative when `to` has passed).
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / 86_400_000);
}

// Today's date in Belgrade, whatever the server's time zone ("en-CA" writes YYYY-MM-DD).
const BELGRADE_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Belgrade", year: "numeric", month: "2-digit", day: "2-digit" });
export function todayInBelgrade(now = new Date()): IsoDate {
  return BELGRADE_DAY.format(now);
}
