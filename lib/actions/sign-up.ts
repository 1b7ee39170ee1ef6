"use server";

import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { publicAction } from "@/lib/auth/action";
import { clientAddress } from "@/lib/auth/client-address";
import { claimPublicFormAttempt } from "@/lib/auth/throttle";
import { logSecurityEvent } from "@/lib/security/security-log";
import { signUpOrNotify } from "@/lib/users/create-account";
import { signUpSchema } from "@/lib/users/schemas";

export const signUp = publicAction({ schema: signUpSchema }, async (input, { db }) => {
  const address = clientAddress(await headers());
  await claimPublicFormAttempt(db, "sign-up", address).catch((err: unknown) => {
    logSecurityEvent("sign_up_throttled", { address });
    throw err;
  });
  const t = await getTranslations("auth");
  return signUpOrNotify({ db, input, workspaceName: t("defaultWorkspaceName", { name: input.name }) });
});
