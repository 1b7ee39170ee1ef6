import { z } from "zod";
import { plainText } from "@/lib/validation/text";
import { AppError } from "@/lib/errors/app-error";
import { AnomalyKind, EmailMode } from "@/lib/generated/prisma/enums";

export const alertKinds = Object.values(AnomalyKind);

const kindsSchema = z.array(z.enum(alertKinds)).max(alertKinds.length);

export const notificationPreferencesSchema = z.object({
  emailMode: z.enum(Object.values(EmailMode)),
  kinds: kindsSchema,
});
export type NotificationPreferencesInput = z.input<typeof notificationPreferencesSchema>;

export const webhookInputSchema = z.object({
  url: plainText().trim().min(1).max(2000),
  kinds: kindsSchema,
});
export type WebhookInput = z.input<typeof webhookInputSchema>;

export const webhookIdSchema = z.object({ id: plainText().min(1).max(64) });
export const webhookActiveSchema = webhookIdSchema.extend({ active: z.boolean() });
export const webhookDeliveryIdSchema = z.object({ deliveryId: plainText().min(1).max(64) });

/**
 * Stored kinds: an empty list means every kind (also kinds added in later versions), so
 * "all ticked" is stored as []. Nothing ticked is refused: "no email" is the email mode none.
 */
export function storedKinds(kinds: string[]): string[] {
  const unique = [...new Set(kinds)];
  if (unique.length === 0) throw new AppError("VALIDATION", "No alert kind chosen", { fields: { kinds: "chooseKind" } });
  return unique.length === alertKinds.length ? [] : alertKinds.filter((k) => unique.includes(k));
}

/** Only absolute http(s) URLs: anything else can never receive a POST. */
export function webhookUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError("VALIDATION", "Invalid webhook URL", { fields: { url: "url" } });
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || !url.hostname) {
    throw new AppError("VALIDATION", "Invalid webhook URL", { fields: { url: "url" } });
  }
  return url.toString();
}
