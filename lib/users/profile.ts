import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { ProfileInput } from "@/lib/users/schemas";

export async function getProfile({ db, userId }: { db: Db; userId: string }) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true, locale: true } });
  if (!user) throw new AppError("NOT_FOUND");
  return user;
}

export async function updateProfile({ db, userId, input }: { db: Db; userId: string; input: ProfileInput }) {
  const { count } = await db.user.updateMany({
    where: { id: userId },
    data: { name: input.name, locale: input.locale === "" ? null : input.locale },
  });
  if (count === 0) throw new AppError("NOT_FOUND");
  return { name: input.name, locale: input.locale };
}
