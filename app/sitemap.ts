import type { MetadataRoute } from "next";
import { LOCALES } from "@/app/lib/i18n/locales";
import { publicUrl } from "@/app/lib/net/public-url";
import { alternatesOf, publicPages } from "@/app/lib/public/paths";

// Every public page in every language, each naming its alternates (hreflang). Written at
// build time, like the pages.
export default function sitemap(): MetadataRoute.Sitemap {
  const home = { url: `${publicUrl()}/` };
  return [
    home,
    ...publicPages().flatMap((pathIn) =>
      LOCALES.map((l) => ({ url: alternatesOf(pathIn, l).canonical, alternates: { languages: alternatesOf(pathIn, l).languages } })),
    ),
  ];
}
