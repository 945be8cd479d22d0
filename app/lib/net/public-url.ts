// The site's own address (ODJAVA_PUBLIC_URL, default http://localhost:3000), without a
// trailing slash: the links in mails, and the canonical and alternate URLs of the public
// pages, which are written at build time (prerendered), so a change needs a new build.
export function publicUrl(env: Record<string, string | undefined> = process.env): string {
  const url = (env.ODJAVA_PUBLIC_URL || "http://localhost:3000").replace(/\/+$/, "");
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
    throw new Error(`ODJAVA_PUBLIC_URL must be an http:// or https:// address, not "${url}"`);
  }
  return url;
}
