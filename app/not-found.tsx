import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors.notFoundPage");
  return (
    <main className="mx-auto grid max-w-md gap-3 p-8">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <Link href="/dashboard" className="text-primary underline-offset-4 hover:underline">
        {t("back")}
      </Link>
    </main>
  );
}
