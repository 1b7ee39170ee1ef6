"use client";

import { Bell, LayoutDashboard, Package, Settings, Users } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/ui/cn";

const items = [
  { href: "/dashboard", key: "dashboard", Icon: LayoutDashboard },
  { href: "/products", key: "products", Icon: Package },
  { href: "/groups", key: "groups", Icon: Users },
  { href: "/alerts", key: "alerts", Icon: Bell },
  { href: "/settings", key: "settings", Icon: Settings },
] as const;

export function AppNav() {
  const t = useTranslations("nav");
  const pathname = usePathname();
  return (
    <nav aria-label={t("main")}>
      <ul className="flex flex-wrap gap-1 md:flex-col">
        {items.map(({ href, key, Icon }) => {
          const active = pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "flex items-center gap-2 rounded-md px-3 py-2 text-sm text-muted-foreground hover:bg-accent hover:text-accent-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
                  active && "bg-accent font-medium text-accent-foreground",
                )}
              >
                <Icon className="h-4 w-4" aria-hidden />
                {t(key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
