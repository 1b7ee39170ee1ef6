"use server";

import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { publicAction } from "@/lib/auth/action";
import { clientAddress } from "@/lib/auth/client-address";
import { claimPublicFormAttempt } from "@/lib/auth/throttle";
import { signUpOrNotify } from "@/lib/users/create-account";
import { signUpSchema } from "@/lib/users/schemas";

export const signUp = publicAction({ schema: signUpSchema }, async (input, { db }) => {
  await claimPublicFormAttempt(db, "sign-up", clientAddress(await headers()));
  const t = await getTranslations("auth");
  return signUpOrNotify({ db, input, workspaceName: t("defaultWorkspaceName", { name: input.name }) });
});
