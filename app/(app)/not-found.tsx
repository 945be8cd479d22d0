import { getT } from "@/app/lib/i18n/server";

export default async function NotFound() {
  const t = await getT();
  return (
    <div className="py-10 text-center">
      <h1 className="text-2xl font-bold">{t("notFound.heading")}</h1>
      <p className="mt-2 text-slate-700">{t("notFound.text")}</p>
      <a href="/cases" className="mt-4 inline-block font-medium text-brand-700 underline">
        {t("notFound.back")}
      </a>
    </div>
  );
}
