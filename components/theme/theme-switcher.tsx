"use client";

import { Monitor, Moon, Sun } from "lucide-react";
import { useTranslations } from "next-intl";
import { useTheme } from "next-themes";
import { useEffect, useState } from "react";
import { cn } from "@/lib/ui/cn";

const options = [
  { value: "light", Icon: Sun },
  { value: "dark", Icon: Moon },
  { value: "system", Icon: Monitor },
] as const;

// A radio group: arrow keys and screen readers work as for any native radio set.
export function ThemeSwitcher() {
  const t = useTranslations("nav.theme");
  const { theme, setTheme } = useTheme();
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);

  return (
    <fieldset className="flex items-center gap-1 rounded-md border p-0.5">
      <legend className="sr-only">{t("label")}</legend>
      {options.map(({ value, Icon }) => {
        const checked = mounted && theme === value;
        return (
          <label
            key={value}
            title={t(value)}
            className={cn(
              "flex h-7 w-7 cursor-pointer items-center justify-center rounded text-muted-foreground has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring",
              checked && "bg-accent text-accent-foreground",
            )}
          >
            <input
              type="radio"
              name="theme"
              value={value}
              checked={checked}
              onChange={() => setTheme(value)}
              className="sr-only"
              aria-label={t(value)}
            />
            <Icon className="h-4 w-4" aria-hidden />
          </label>
        );
      })}
    </fieldset>
  );
}
