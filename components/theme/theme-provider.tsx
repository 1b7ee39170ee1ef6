"use client";

import { ThemeProvider as NextThemesProvider } from "next-themes";
import type { ReactNode } from "react";
// Loaded with the root layout, before any page parses a schema in the browser.
import "@/lib/security/zod-browser";

// The nonce lets next-themes' inline script (which sets the theme before paint) pass the CSP.
export function ThemeProvider({ nonce, children }: { nonce?: string; children: ReactNode }) {
  return (
    <NextThemesProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange nonce={nonce}>
      {children}
    </NextThemesProvider>
  );
}
