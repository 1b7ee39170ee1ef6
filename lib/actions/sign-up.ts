"use server";

import { getTranslations } from "next-intl/server";
import { publicAction } from "@/lib/auth/action";
import { createAccount } from "@/lib/users/create-account";
import { signUpSchema } from "@/lib/users/schemas";

export const signUp = publicAction({ schema: signUpSchema }, async (input, { db }) => {
  const t = await getTranslations("auth");
  const account = await createAccount({ db, input, workspaceName: t("defaultWorkspaceName", { name: input.name }) });
  return { email: account.email };
});
