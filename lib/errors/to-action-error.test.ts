import { createTranslator } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { loadMessages } from "@/lib/i18n/load-messages";
import { AppError } from "@/lib/errors/app-error";
import { toActionError } from "@/lib/errors/to-action-error";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

const tEn = createTranslator({ locale: "en", messages: (await loadMessages("en")) as never, namespace: "errors" as never }) as never;
const tZh = createTranslator({ locale: "zh-CN", messages: (await loadMessages("zh-CN")) as never, namespace: "errors" as never }) as never;

describe("toActionError", () => {
  const schema = z.object({ name: z.string().min(1), code: z.string().max(3), kind: z.enum(["own", "competitor"]) });

  it("names each invalid field with a message in the request's language", () => {
    const err = schema.safeParse({ name: "", code: "ABCD", kind: "other" }).error!;
    expect(toActionError(err, tEn)).toEqual({
      code: "VALIDATION",
      message: "Please correct the highlighted fields.",
      fields: { name: "This field is required.", code: "Must be at most 3 characters.", kind: "Choose one of the options." },
    });
    expect(toActionError(err, tZh).fields).toEqual({ name: "此项为必填。", code: "最多 3 个字符。", kind: "请从选项中选择。" });
  });

  it("a missing field is 'required'", () => {
    const err = schema.safeParse({ code: "A", kind: "own" }).error!;
    expect(toActionError(err, tEn).fields).toEqual({ name: "This field is required." });
  });

  it("translates AppError codes and field keys", () => {
    expect(toActionError(new AppError("FORBIDDEN"), tZh)).toEqual({ code: "FORBIDDEN", message: "你在此工作区的角色不允许此操作。" });
    expect(toActionError(new AppError("VALIDATION", "x", { fields: { currentPassword: "wrongPassword" } }), tEn)).toEqual({
      code: "VALIDATION",
      message: "Please correct the highlighted fields.",
      fields: { currentPassword: "The current password is not correct." },
    });
  });

  it("never shows an unknown error's text to the user", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const res = toActionError(new Error("connect ECONNREFUSED 10.0.0.5:5432 password=hunter2"), tEn);
    expect(res).toEqual({ code: "INTERNAL", message: "Something went wrong on our side. Please try again." });
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });

  it("a database that cannot be reached is 'unavailable', without its host, port or driver text", async () => {
    // A real client against a port nothing listens on: the error Prisma raises in an outage.
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: "postgresql://postgres@127.0.0.1:1/gone" }) });
    const err = await db.user.findFirst().catch((e: unknown) => e);
    await db.$disconnect();
    const errorLog = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const shown = toActionError(err, tEn);
    errorLog.mockRestore();
    expect(shown).toEqual({ code: "UNAVAILABLE", message: "The service is unavailable right now. Please try again in a few minutes." });
    expect(JSON.stringify(shown)).not.toMatch(/127\.0\.0\.1|5432|:1\b|prisma/i);
  });
});
