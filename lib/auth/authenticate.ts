import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { signInSchema } from "@/lib/users/schemas";
import { verifyPassword } from "@/lib/auth/password";
import type { SignInLimiter } from "@/lib/auth/sign-in-limiter";

// Unknown email and wrong password fail the same way, so sign-in does not reveal which
// addresses have accounts. Both count towards the limit.
export async function authenticate({
  db,
  limiter,
  credentials,
}: {
  db: Db;
  limiter: SignInLimiter;
  credentials: unknown;
}): Promise<{ id: string; email: string; name: string }> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) throw new AppError("VALIDATION", "Invalid credentials");
  const { email, password } = parsed.data;

  if (await limiter.isBlocked(email)) throw new AppError("RATE_LIMITED", "Too many failed sign-ins");

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  const ok = user ? await verifyPassword(password, user.passwordHash) : false;
  if (!user || !ok) {
    await limiter.recordFailure(email);
    throw new AppError("UNAUTHENTICATED", "Invalid credentials");
  }
  await limiter.reset(email);
  return { id: user.id, email: user.email, name: user.name };
}
