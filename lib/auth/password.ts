import bcrypt from "bcryptjs";

// bcrypt cost 11: ~100 ms per hash here, slow enough against offline guessing, fast enough
// for sign-in. Stored hashes carry their own cost, so raising it later needs no migration.
const COST = 11;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}
