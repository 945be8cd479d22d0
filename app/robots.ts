import type { MetadataRoute } from "next";
import { publicUrl } from "@/app/lib/net/public-url";
import { LOCALES } from "@/app/lib/i18n/locales";

// Search engines may read the home page and the public guides; a person's pages are
// behind sign-in anyway, and saying so keeps crawlers from knocking on them.
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: ["/$", ...LOCALES.map((l) => `/${l}/`)], disallow: ["/"] },
    sitemap: `${publicUrl()}/sitemap.xml`,
  };
}
