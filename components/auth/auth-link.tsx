import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "@/lib/ui/cn";

/** The text links between the sign-in, sign-up and password pages. */
export function AuthLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  return (
    <Link href={href} className={cn("font-medium text-primary underline-offset-4 hover:underline", className)}>
      {children}
    </Link>
  );
}
