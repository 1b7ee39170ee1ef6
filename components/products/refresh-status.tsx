import { FormMessage } from "@/components/ui/form-message";
import type { RefreshStatus } from "@/components/products/use-refresh-products";

/** The outcome of a refresh or another bulk action, one line per thing worth saying. */
export function RefreshStatusMessage({ status }: { status: RefreshStatus }) {
  if (!status) return null;
  return (
    <FormMessage tone={status.tone}>
      {status.lines.map((line) => (
        <span key={line} className="block">
          {line}
        </span>
      ))}
    </FormMessage>
  );
}
