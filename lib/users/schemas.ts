import { z } from "zod";
import { newPasswordSchema } from "@/lib/users/password-policy";
import { plainText } from "@/lib/validation/text";
import { locales } from "@/lib/i18n/locales";

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

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: newPasswordSchema,
});

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z.object({
  token: z.string().min(20).max(200),
  password: newPasswordSchema,
});
