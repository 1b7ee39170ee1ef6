import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DeleteGroupButton } from "@/components/groups/delete-group-button";
import { ProductLabel } from "@/components/groups/product-label";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { getPageContext } from "@/lib/auth/page-context";
import { listGroups } from "@/lib/groups/list-groups";
import { canEdit } from "@/lib/workspaces/roles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pages.groups"))("title") };
}

export default async function GroupsPage() {
  const ctx = await getPageContext();
  const [groups, t, tPage] = await Promise.all([listGroups({ db: ctx.db, workspaceId: ctx.workspaceId }), getTranslations("groups"), getTranslations("pages.groups")]);
  const editable = canEdit.includes(ctx.role);
  return (
    <div className="grid gap-6">
      <PageHeader
        title={tPage("title")}
        description={tPage("intro")}
        actions={editable && <Button asChild><Link href="/groups/new">{t("list.new")}</Link></Button>}
      />
      {groups.length === 0 && (
        <Card><CardContent className="pt-6 text-sm text-muted-foreground">{t("list.empty")}</CardContent></Card>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        {groups.map((g) => (
          <Card key={g.id} data-testid="group-card">
            <CardHeader className="flex-row items-start justify-between gap-2 space-y-0">
              <CardTitle as="h2"><Link href={`/groups/${g.id}`} className="hover:underline">{g.name}</Link></CardTitle>
              <span className="rounded bg-muted px-1.5 text-xs">{g.marketplace}</span>
            </CardHeader>
            <CardContent className="grid gap-3">
              <div className="grid gap-1">
                <p className="text-xs font-medium uppercase text-muted-foreground">{t("list.main")}</p>
                <ProductLabel product={g.mainProduct} />
              </div>
              <div className="grid gap-1">
                <p className="text-xs font-medium uppercase text-muted-foreground">{t("list.competitors", { count: g.members.length })}</p>
                <ul className="grid gap-1">{g.members.map((m) => <li key={m.product.id}><ProductLabel product={m.product} /></li>)}</ul>
              </div>
              <div className="flex flex-wrap gap-2">
                <Button asChild size="sm"><Link href={`/groups/${g.id}`}>{t("list.open")}</Link></Button>
                {editable && <Button asChild size="sm" variant="outline"><Link href={`/groups/${g.id}/edit`}>{t("list.edit")}</Link></Button>}
                {editable && <DeleteGroupButton id={g.id} name={g.name} />}
              </div>
            </CardContent>
          </Card>
        ))}
      </div>
    </div>
  );
}
