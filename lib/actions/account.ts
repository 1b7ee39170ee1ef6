"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { publicAction, userAction } from "@/lib/auth/action";
import { clientAddress } from "@/lib/auth/client-address";
import { endSession, endSessions } from "@/lib/auth/sessions";
import { claimPublicFormAttempt } from "@/lib/auth/throttle";
import { logSecurityEvent } from "@/lib/security/security-log";
import { changePassword as changeUserPassword } from "@/lib/users/change-password";
import { requestPasswordReset as requestReset, resetPassword as resetUserPassword } from "@/lib/users/password-reset";
import { changePasswordSchema, forgotPasswordSchema, resetPasswordSchema } from "@/lib/users/schemas";

export const changePassword = userAction({ schema: changePasswordSchema }, async (input, { db, userId, sessionId }) =>
  changeUserPassword({ db, userId, sessionId, currentPassword: input.currentPassword, newPassword: input.newPassword }),
);

// The same answer for every address, known or not; the page says to check the inbox.
export const requestPasswordReset = publicAction({ schema: forgotPasswordSchema }, async (input, { db }) => {
  await claimPublicFormAttempt(db, "forgot-password", clientAddress(await headers()));
  await requestReset(db, input.email);
  return { sent: true as const };
});

export const resetPassword = publicAction({ schema: resetPasswordSchema }, async (input, { db }) => {
  await resetUserPassword(db, input.token, input.password);
  return { reset: true as const };
});

export const endOneSession = userAction({ schema: z.object({ id: z.string().min(1).max(100) }) }, async (input, { db, userId }) => {
  await endSession(db, userId, input.id);
  return { ended: input.id };
});

/** Every session of the user, this one included: the browser is sent to sign-in next. */
export const endAllSessions = userAction({ schema: z.object({}) }, async (_input, { db, userId }) => {
  const ended = await endSessions(db, userId);
  logSecurityEvent("sessions_ended", { userId, ended });
  return { ended };
});
