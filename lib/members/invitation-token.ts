import { hashBearerToken, newBearerToken } from "@/lib/security/bearer-token";

const INVITATION_VALID_MS = 7 * 24 * 60 * 60 * 1000;

/** SHA-256 of the link's token: the only form the database keeps. */
export const hashInvitationToken = hashBearerToken;

/** A fresh 32-byte token (for the link), its hash (for the row) and the expiry 7 days on. */
export function newInvitationToken(now: Date) {
  const token = newBearerToken(32);
  return { token, tokenHash: hashInvitationToken(token), expiresAt: new Date(now.getTime() + INVITATION_VALID_MS) };
}

export const invitationLink = (appUrl: string, token: string) => `${appUrl}/invite/${token}`;
