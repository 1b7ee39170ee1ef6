"use client";

import { Bell, LayoutDashboard, Package, Search, Settings, Users } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/ui/cn";

const items = [
  { href: "/dashboard", key: "dashboard", Icon: LayoutDashboard },
  { href: "/products", key: "products", Icon: Package },
  { href: "/groups", key: "groups", Icon: Users },
  { href: "/discovery", key: "discovery", Icon: Search },
  { href: "/alerts", key: "alerts", Icon: Bell },
  { href: "/settings", key: "settings", Icon: Settings },
] as const;

export function AppNav({ unreadAlerts = 0 }: { unreadAlerts?: number }) {
  const t = useTranslations("nav");
  const tAlerts = useTranslations("alerts");
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
                {key === "alerts" && unreadAlerts > 0 && (
                  <span
                    data-testid="unread-alerts"
                    className="ml-auto rounded-full bg-primary px-1.5 py-0.5 text-xs font-medium tabular-nums text-primary-foreground"
                  >
                    <span aria-hidden>{unreadAlerts > 99 ? "99+" : unreadAlerts}</span>
                    <span className="sr-only">{tAlerts("unreadBadge", { count: unreadAlerts })}</span>
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
