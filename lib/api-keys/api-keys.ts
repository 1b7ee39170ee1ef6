import { hashBearerToken, newBearerToken } from "@/lib/security/bearer-token";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Role } from "@/lib/generated/prisma/enums";
import type { ApiKeyScope, CreateApiKeyInput } from "@/lib/api-keys/schemas";

const keyPrefix = "ar_live_";
// What a list shows of a key: "ar_live_" and the first few random characters.
const shownChars = keyPrefix.length + 6;
// lastUsedAt is for people ("used 3 minutes ago"), so a busy key writes it once a minute, not per request.
const lastUsedResolutionMs = 60_000;

const invalidKey = { messageKey: "apiKeyInvalid" };

const hashKey = hashBearerToken;

export type ApiKeyPrincipal = { keyId: string; workspaceId: string; userId: string; role: Role; scopes: ApiKeyScope[] };

/** Makes a key for the workspace; the plain key is in the result and nowhere else, ever. */
export async function createApiKey({
  db,
  workspaceId,
  userId,
  input,
  now = new Date(),
}: {
  db: Db;
  workspaceId: string;
  userId: string;
  input: CreateApiKeyInput;
  now?: Date;
}) {
  if (input.expiresAt && input.expiresAt <= now) {
    throw new AppError("VALIDATION", "expiry in the past", { fields: { expiresAt: "dateInPast" } });
  }
  const key = `${keyPrefix}${newBearerToken(24)}`;
  const row = await db.apiKey.create({
    data: {
      workspaceId,
      createdById: userId,
      name: input.name,
      prefix: key.slice(0, shownChars),
      keyHash: hashKey(key),
      scopes: [...new Set(input.scopes)],
      expiresAt: input.expiresAt ?? null,
    },
    select: { id: true, prefix: true },
  });
  return { id: row.id, prefix: row.prefix, key };
}

export async function listApiKeys({ db, workspaceId }: { db: Db; workspaceId: string }) {
  const rows = await db.apiKey.findMany({
    where: { workspaceId },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true, name: true, prefix: true, scopes: true, expiresAt: true, lastUsedAt: true, revokedAt: true, createdAt: true,
      createdBy: { select: { name: true, email: true } },
    },
  });
  return rows.map((r) => ({
    ...r,
    scopes: r.scopes as ApiKeyScope[],
    expiresAt: r.expiresAt?.toISOString() ?? null,
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    revokedAt: r.revokedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  }));
}

/** Revoked at once; the row stays so the list still says who made it and when it was used. */
export async function revokeApiKey({ db, workspaceId, id, now = new Date() }: { db: Db; workspaceId: string; id: string; now?: Date }) {
  const { count } = await db.apiKey.updateMany({ where: { id, workspaceId, revokedAt: null }, data: { revokedAt: now } });
  if (count === 0) throw new AppError("NOT_FOUND");
}

/**
 * The caller behind an `Authorization: Bearer ar_live_…` header, or UNAUTHENTICATED. The role
 * is the creator's membership now, not when the key was made: no membership, no access.
 */
export async function authenticateApiKey({ db, header, now = new Date() }: { db: Db; header: string | null; now?: Date }): Promise<ApiKeyPrincipal> {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  if (!match?.[1]?.startsWith(keyPrefix)) throw new AppError("UNAUTHENTICATED", "missing or malformed API key", invalidKey);
  const key = await db.apiKey.findUnique({
    where: { keyHash: hashKey(match[1]) },
    select: { id: true, workspaceId: true, createdById: true, scopes: true, expiresAt: true, revokedAt: true, lastUsedAt: true },
  });
  if (!key || key.revokedAt || (key.expiresAt && key.expiresAt <= now)) throw new AppError("UNAUTHENTICATED", "invalid API key", invalidKey);
  const membership = await db.membership.findFirst({
    where: { workspaceId: key.workspaceId, userId: key.createdById },
    select: { role: true },
  });
  if (!membership) throw new AppError("UNAUTHENTICATED", "the key's creator is no longer a member", invalidKey);
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() >= lastUsedResolutionMs) {
    // Conditional, so concurrent requests of one key write it once.
    await db.apiKey.updateMany({
      where: { id: key.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: new Date(now.getTime() - lastUsedResolutionMs) } }] },
      data: { lastUsedAt: now },
    });
  }
  return { keyId: key.id, workspaceId: key.workspaceId, userId: key.createdById, role: membership.role, scopes: key.scopes as ApiKeyScope[] };
}
