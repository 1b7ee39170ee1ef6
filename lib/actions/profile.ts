"use server";

import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/auth/action";
import { updateProfile as update, updateTimePreferences as updateTime } from "@/lib/users/profile";
import { profileSchema, timePreferencesSchema } from "@/lib/users/schemas";

export const updateProfile = userAction({ schema: profileSchema }, async (input, { db, userId }) => {
  const result = await update({ db, userId, input });
  // The language is read by the root layout, so every page must re-render.
  revalidatePath("/", "layout");
  return result;
});

export const updateTimePreferences = userAction({ schema: timePreferencesSchema }, async (input, { db, userId }) => {
  const result = await updateTime({ db, userId, input });
  revalidatePath("/settings/profile");
  return result;
});
