"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/ui/cn";

export function SettingsNav({ showSystem }: { showSystem: boolean }) {
  const t = useTranslations("nav");
  const tSystem = useTranslations("system");
  const tAlerts = useTranslations("alertSettings.nav");
  const tThresholds = useTranslations("thresholdSettings");
  const tMembers = useTranslations("members");
  const tApiKeys = useTranslations("apiKeySettings");
  const pathname = usePathname();
  const links = [
    { href: "/settings", label: t("workspaceSettings") },
    { href: "/settings/profile", label: t("profile") },
    { href: "/settings/notifications", label: tAlerts("notifications") },
    { href: "/settings/webhooks", label: tAlerts("webhooks") },
    { href: "/settings/alerts", label: tThresholds("title") },
    { href: "/settings/api-keys", label: tApiKeys("nav") },
    ...(showSystem ? [{ href: "/settings/system", label: tSystem("navLabel") }] : []),
    ...(showSystem ? [{ href: "/settings/members", label: tMembers("navLabel") }] : []),
  ];
  return (
    <nav aria-label={t("settings")} className="mb-6 flex gap-1 overflow-x-auto border-b">
      {links.map(({ href, label }) => (
        <Link
          key={href}
          href={href}
          aria-current={pathname === href ? "page" : undefined}
          className={cn(
            "-mb-px whitespace-nowrap border-b-2 border-transparent px-3 py-2 text-sm text-muted-foreground hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
            pathname === href && "border-primary font-medium text-foreground",
          )}
        >
          {label}
        </Link>
      ))}
    </nav>
  );
}
