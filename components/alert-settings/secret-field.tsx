import { Label } from "@/components/ui/label";

/** A secret in a read-only field: focusing selects it all, ready to copy. */
export function SecretField({ id, label, secret }: { id: string; label: string; secret: string }) {
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <input
        id={id}
        readOnly
        value={secret}
        onFocus={(e) => e.currentTarget.select()}
        className="h-9 w-full rounded-md border border-input bg-muted px-3 font-mono text-xs focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
      />
    </div>
  );
}
