import { z } from "zod";
import { newPasswordSchema } from "@/lib/users/password-policy";
import { plainText } from "@/lib/validation/text";
import { locales } from "@/lib/i18n/locales";
import { isKnownTimeZone } from "@/lib/alerts/quiet-hours";

const emailSchema = z.string().trim().toLowerCase().pipe(z.email());

export const signUpSchema = z.object({
  name: plainText().trim().min(1).max(100),
  email: emailSchema,
  password: newPasswordSchema,
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(200),
});

export const profileSchema = z.object({
  name: plainText().trim().min(1).max(100),
  // "" = follow the browser's language
  locale: z.enum(["", ...locales]),
});
export type ProfileInput = z.infer<typeof profileSchema>;

// An IANA name ("Europe/Berlin", "UTC"); Temporal would also take "+05:00", which is not one.
const ianaName = /^[A-Za-z][A-Za-z0-9_+\-/]*$/;
const clockTime = /^([01]\d|2[0-3]):[0-5]\d$/;

// "HH:MM" from a time input, or "" for none; stored as minutes after midnight.
const quietHoursTime = plainText()
  .trim()
  .refine((v) => v === "" || clockTime.test(v), { error: "clockTime" })
  .transform((v) => (v === "" ? null : Number(v.slice(0, 2)) * 60 + Number(v.slice(3, 5))));

export const timePreferencesSchema = z
  .object({
    // "" = UTC
    timeZone: plainText()
      .trim()
      .max(64)
      .refine((v) => v === "" || (ianaName.test(v) && isKnownTimeZone(v)), { error: "timeZoneUnknown" })
      .transform((v) => v || null),
    quietHoursStart: quietHoursTime,
    quietHoursEnd: quietHoursTime,
  })
  .superRefine(({ quietHoursStart: start, quietHoursEnd: end }, ctx) => {
    if (start === null && end !== null) ctx.addIssue({ code: "custom", path: ["quietHoursStart"], message: "quietHoursBoth" });
    if (start !== null && end === null) ctx.addIssue({ code: "custom", path: ["quietHoursEnd"], message: "quietHoursBoth" });
    // An empty window would read as "never quiet" or "always quiet": refuse rather than guess.
    if (start !== null && start === end) ctx.addIssue({ code: "custom", path: ["quietHoursEnd"], message: "quietHoursSame" });
  });
export type TimePreferences = z.output<typeof timePreferencesSchema>;

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: newPasswordSchema,
});

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z.object({
  token: z.string().min(20).max(200),
  password: newPasswordSchema,
});
