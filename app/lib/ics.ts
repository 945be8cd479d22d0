// A one-event iCalendar file (RFC 5545). Written here rather than pulled from a library:
// one all-day event needs escaping, CRLF line ends and line folding, nothing more.

export type AllDayEvent = {
  uid: string;
  date: string; // YYYY-MM-DD
  summary: string;
  description: string;
  url?: string;
  alarmDaysBefore?: number;
};

function escapeText(s: string): string {
  return s.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

// Lines longer than 75 octets continue on the next line after a space (RFC 5545 3.1).
function fold(line: string): string {
  const bytes = Buffer.from(line, "utf8");
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  for (const ch of line) {
    const limit = parts.length === 0 ? 75 : 74;
    if (Buffer.byteLength(current + ch, "utf8") > limit) {
      parts.push(current);
      current = "";
    }
    current += ch;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

function compact(date: string): string {
  return date.replaceAll("-", "");
}

export function allDayEventIcs(e: AllDayEvent, now: Date): string {
  return allDayEventsIcs([e], now);
}

// Several all-day events in one calendar file.
export function allDayEventsIcs(events: AllDayEvent[], now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Odjava//Case reminder//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...events.flatMap((e) => eventLines(e, stamp)),
    "END:VCALENDAR",
  ];
  return lines.map(fold).join("\r\n") + "\r\n";
}

function eventLines(e: AllDayEvent, stamp: string): string[] {
  const next = new Date(`${e.date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return [
    "BEGIN:VEVENT",
    `UID:${e.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compact(e.date)}`,
    `DTEND;VALUE=DATE:${compact(next.toISOString().slice(0, 10))}`,
    `SUMMARY:${escapeText(e.summary)}`,
    `DESCRIPTION:${escapeText(e.description)}`,
    ...(e.url ? [`URL:${e.url}`] : []),
    ...(e.alarmDaysBefore !== undefined
      ? ["BEGIN:VALARM", "ACTION:DISPLAY", `DESCRIPTION:${escapeText(e.summary)}`, `TRIGGER:-P${e.alarmDaysBefore}D`, "END:VALARM"]
      : []),
    "END:VEVENT",
  ];
}
