import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

// Implemented records when (the "what moved since" baseline); going back to pending clears it.
export async function setSuggestionStatus({ db, workspaceId, id, status, now = new Date() }: { db: Db; workspaceId: string; id: string; status: "pending" | "implemented" | "dismissed"; now?: Date }) {
  const { count } = await db.suggestion.updateMany({
    where: { id, workspaceId },
    data: {
      status,
      implementedAt: status === "implemented" ? now : null,
      dismissedAt: status === "dismissed" ? now : null,
    },
  });
  if (count === 0) throw new AppError("NOT_FOUND", "Suggestion not found");
}
