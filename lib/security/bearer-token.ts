import crypto from "node:crypto";

// Tokens that stand for a person in a link or a header (password reset, invitations, API
// keys): random bytes shown once, and only their SHA-256 kept, so a copy of the database
// cannot be replayed. High-entropy tokens need no slow hash or salt.

/** `bytes` random bytes as base64url. */
export const newBearerToken = (bytes: number) => crypto.randomBytes(bytes).toString("base64url");

/** The stored form of a token: its SHA-256, hex. */
export const hashBearerToken = (token: string) => crypto.createHash("sha256").update(token).digest("hex");
