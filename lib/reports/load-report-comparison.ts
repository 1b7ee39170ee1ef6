import type { Db } from "@/lib/db/client";
import type { GroupComparison } from "@/lib/comparison/comparison-types";

/** How report generation gets its numbers (lib/groups/load-group-comparison.ts in the app). */
export type LoadComparison = (opts: { db: Db; workspaceId: string; groupId: string }) => Promise<GroupComparison>;
