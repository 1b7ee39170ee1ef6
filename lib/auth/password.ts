import bcrypt from "bcryptjs";

// bcrypt cost 11: ~100 ms per hash here, slow enough against offline guessing, fast enough
// for sign-in. Stored hashes carry their own cost, so raising it later needs no migration.
const COST = 11;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

// A hash of nothing anyone knows, at the same cost: an unknown email runs bcrypt against it,
// so sign-in takes as long as for a real account and timing does not reveal who has one.
let dummyHash: Promise<string> | undefined;

/** Compares against the stored hash, or against a dummy one when there is no account. */
export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  if (hash) return bcrypt.compare(password, hash);
  dummyHash ??= bcrypt.hash(crypto.randomUUID(), COST);
  await bcrypt.compare(password, await dummyHash);
  return false;
}
