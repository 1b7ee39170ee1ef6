import { z } from "zod";
import { plainText } from "@/lib/validation/text";

export const MIN_COMPETITORS = 3;
export const MAX_COMPETITORS = 5;

const id = plainText().min(1).max(40);

// Only the shape is checked here; the group rules (3-5 competitors, one marketplace, no
// duplicates) are checked against the products in lib/groups/group-rules.ts so each can be
// reported on its own field with its own message.
export const saveGroupSchema = z.object({
  id: id.optional(),
  name: plainText().trim().min(1).max(100),
  mainProductId: plainText().max(40),
  competitorIds: z.array(plainText().max(40)).max(20),
});
export type SaveGroupInput = z.output<typeof saveGroupSchema>;
