import { readEnv } from "@/lib/config/env";
import type { Db } from "@/lib/db/client";
import { type AttemptRule, claimAttemptRow, deleteExpiredAttemptRows } from "@/lib/db/sql/claim-attempt";
import { AppError } from "@/lib/errors/app-error";

type Rules = { accountAtAddress: AttemptRule; account: AttemptRule; address: AttemptRule; publicForm: AttemptRule };

// Three counters per sign-in. One account from one address is slowed after a few failures —
// an attacker's address, not the owner's, so the owner signing in elsewhere is unaffected.
// One account from every address together has a higher limit (a botnet cannot guess freely).
// One address across every account catches one guess at each of many emails.
function rules(): Rules {
  const { maxFailures, windowSeconds, maxPublicFormPerHour } = readEnv().signIn;
  return {
    accountAtAddress: { limit: maxFailures, windowSeconds, maxDelaySeconds: windowSeconds },
    account: { limit: maxFailures * 4, windowSeconds: 3600, maxDelaySeconds: 300 },
    address: { limit: 100, windowSeconds, maxDelaySeconds: windowSeconds },
    publicForm: { limit: maxPublicFormPerHour, windowSeconds: 3600, maxDelaySeconds: 3600 },
  };
}

const keys = (email: string, address: string) => ({
  accountAtAddress: `sign-in:${email}|${address}`,
  account: `sign-in:${email}`,
  address: `sign-in-from:${address}`,
});

function refuse(retryAfterSeconds: number): never {
  throw new AppError("RATE_LIMITED", "Too many attempts", { messageKey: "tooManyAttempts", values: { seconds: retryAfterSeconds } });
}

/** Counts this sign-in attempt before the password is checked; throws RATE_LIMITED while delayed. */
export async function claimSignInAttempt(db: Db, who: { email: string; address: string }, now = new Date()): Promise<void> {
  const r = rules();
  const k = keys(who.email, who.address);
  for (const name of ["accountAtAddress", "account", "address"] as const) {
    const claim = await claimAttemptRow(db, k[name], now, r[name]);
    if (!claim.allowed) refuse(claim.retryAfterSeconds);
  }
}

/** A successful sign-in: this account's counters start again (the address's does not). */
export async function clearSignInAttempts(db: Db, who: { email: string; address: string }): Promise<void> {
  const k = keys(who.email, who.address);
  await db.rateLimit.deleteMany({ where: { key: { in: [k.accountAtAddress, k.account] } } });
}

/** Sign-up and "forgot password" per address: unthrottled, each is a free oracle and a spam cannon. */
export async function claimPublicFormAttempt(db: Db, form: "sign-up" | "forgot-password", address: string, now = new Date()): Promise<void> {
  const claim = await claimAttemptRow(db, `${form}:${address}`, now, rules().publicForm);
  if (!claim.allowed) refuse(claim.retryAfterSeconds);
}

/** Removes counters nobody needs any more (unknown emails leave one behind); run on a schedule. */
export function deleteExpiredAttempts(db: Db, now = new Date()): Promise<number> {
  return deleteExpiredAttemptRows(db, now);
}
