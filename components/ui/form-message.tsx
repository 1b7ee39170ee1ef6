import { cn } from "@/lib/ui/cn";

export function FormMessage({ tone, children }: { tone: "error" | "success"; children: React.ReactNode }) {
  return (
    <p
      role={tone === "error" ? "alert" : "status"}
      className={cn("rounded-md px-3 py-2 text-sm", tone === "error" ? "bg-destructive/10 text-destructive" : "bg-success/10 text-success")}
    >
      {children}
    </p>
  );
}
