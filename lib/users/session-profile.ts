import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { getProfile } from "@/lib/users/profile";

// The signed-in user's profile, read once per request: the i18n request config (locale), the
// app layout (menu) and some pages (greeting, profile form) all need it while rendering the
// same request, and React's request-scoped cache lets them share one read.
export const getSessionProfile = cache(async (userId: string) => getProfile({ db: await getDb(), userId }));
