import type { TextPart } from "@/lib/history/diff-listing";
import { cn } from "@/lib/ui/cn";

// Word-level diff: removed words struck through in red, added words underlined in green.
export function DiffText({ parts, show }: { parts: TextPart[]; show: "before" | "after" }) {
  return (
    <>
      {parts
        .filter((p) => (show === "before" ? !p.added : !p.removed))
        .map((p, i) => (
          <span
            key={i}
            className={cn(
              p.removed && "rounded-sm bg-destructive/15 text-destructive line-through decoration-destructive/60",
              p.added && "rounded-sm bg-success/15 text-success underline decoration-success/60",
            )}
          >
            {p.value}
          </span>
        ))}
    </>
  );
}
