import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { ProfileInput, TimePreferences } from "@/lib/users/schemas";

export async function getProfile({ db, userId }: { db: Db; userId: string }) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, locale: true, timeZone: true, quietHoursStart: true, quietHoursEnd: true },
  });
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

/** The user's time zone and quiet hours (see lib/alerts/quiet-hours.ts for how they apply). */
export async function updateTimePreferences({ db, userId, input }: { db: Db; userId: string; input: TimePreferences }) {
  const { count } = await db.user.updateMany({ where: { id: userId }, data: input });
  if (count === 0) throw new AppError("NOT_FOUND");
  return input;
}
