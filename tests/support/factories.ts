import crypto from "node:crypto";
import type { Db } from "@/lib/db/client";
import { createAccount } from "@/lib/users/create-account";

/** A signed-up user with their own workspace, as sign-up makes them. */
export async function createUserWithWorkspace(db: Db, overrides: { name?: string; password?: string } = {}) {
  const name = overrides.name ?? `User ${crypto.randomBytes(3).toString("hex")}`;
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${crypto.randomBytes(4).toString("hex")}@example.test`;
  const password = overrides.password ?? "correct horse battery";
  const account = await createAccount({ db, input: { name, email, password }, workspaceName: `${name}'s workspace` });
  return { ...account, name, password };
}
