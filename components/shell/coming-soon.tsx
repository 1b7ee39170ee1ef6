import { getTranslations } from "next-intl/server";
import { Card, CardContent } from "@/components/ui/card";

/** The empty state of a section whose feature is not built yet: says what will appear. */
export async function ComingSoon({ text }: { text: string }) {
  const t = await getTranslations("common");
  return (
    <Card className="border-dashed">
      <CardContent className="grid gap-2 p-8 text-center">
        <span className="mx-auto rounded-full bg-muted px-3 py-1 text-xs font-medium text-muted-foreground">{t("comingSoon")}</span>
        <p className="mx-auto max-w-xl text-sm text-muted-foreground">{text}</p>
      </CardContent>
    </Card>
  );
}
