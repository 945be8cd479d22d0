// "Firefox · Android": enough of a User-Agent for a person to tell their devices apart in
// the list of sessions, and nothing more is stored. Order matters: Edge, Opera and Samsung
// Internet also say "Chrome", Chrome also says "Safari", Android also says "Linux".

const BROWSERS: [RegExp, string][] = [
  [/Edg(e|A|iOS)?\//, "Edge"],
  [/OPR\/|Opera/, "Opera"],
  [/SamsungBrowser\//, "Samsung Internet"],
  [/Firefox\/|FxiOS\//, "Firefox"],
  [/Chrome\/|CriOS\/|Chromium\//, "Chrome"],
  [/Safari\//, "Safari"],
];

const SYSTEMS: [RegExp, string][] = [
  [/Android/, "Android"],
  [/iPhone|iPad|iPod/, "iOS"],
  [/CrOS/, "ChromeOS"],
  [/Windows/, "Windows"],
  [/Mac OS X|Macintosh/, "macOS"],
  [/Linux/, "Linux"],
];

const first = (list: [RegExp, string][], ua: string) => list.find(([pattern]) => pattern.test(ua))?.[1];

// "" when nothing is recognised (the page then says "unknown device").
export function deviceLabel(userAgent: string | null): string {
  const ua = (userAgent ?? "").slice(0, 500);
  return [first(BROWSERS, ua), first(SYSTEMS, ua)].filter(Boolean).join(" · ");
}
