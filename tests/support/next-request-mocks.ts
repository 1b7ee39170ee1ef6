import { createTranslator } from "next-intl";
import { vi } from "vitest";
import { loadMessages } from "@/lib/i18n/load-messages";
import type { Db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";

// Server actions run inside a Next.js request in the app. In tests we play that request:
// who is signed in, which cookies the browser sent, and the request's language. Everything
// below the request (validation, tenancy, SQL) is the real code.
export const request = {
  db: undefined as Db | undefined,
  userId: null as string | null,
  sessionId: "test-session",
  cookies: new Map<string, string>(),
  headers: new Headers(),
  locale: "en" as Locale,
  reset(db: Db) {
    this.db = db;
    this.userId = null;
    this.sessionId = "test-session";
    this.cookies.clear();
    this.headers = new Headers();
    this.locale = "en";
  },
};

const messages = { en: await loadMessages("en"), "zh-CN": await loadMessages("zh-CN") } as const;

export function translatorFor(namespace?: string) {
  return createTranslator({ locale: request.locale, messages: messages[request.locale] as never, namespace: namespace as never });
}

vi.mock("@/lib/db/client", () => ({
  getDb: async () => {
    if (!request.db) throw new Error("test database not set");
    return request.db;
  },
}));
vi.mock("@/lib/auth/session", () => ({
  getSessionUserId: async () => request.userId,
  getCurrentSession: async () => (request.userId ? { userId: request.userId, sessionId: request.sessionId } : null),
}));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined),
    // What the response would set is what the browser sends next time.
    set: (name: string, value: string) => void request.cookies.set(name, value),
  }),
  headers: async () => request.headers,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace?: string) => translatorFor(namespace),
}));
