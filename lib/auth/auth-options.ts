import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { isDatabaseUnreachable } from "@/lib/errors/to-action-error";
import { getAuthSecret } from "@/lib/auth/auth-secret";
import { authenticate } from "@/lib/auth/authenticate";
import { clientAddress, userAgentOf } from "@/lib/auth/client-address";
import { endSession } from "@/lib/auth/sessions";

/** Error strings the sign-in form translates (next-auth passes a thrown message through). */
const signInErrors = { rateLimited: "RATE_LIMITED", unavailable: "UNAVAILABLE", invalid: "CredentialsSignin" } as const;

let options: NextAuthOptions | undefined;

export function getAuthOptions(): NextAuthOptions {
  options ??= {
    secret: getAuthSecret(),
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          try {
            const db = await getDb();
            const client = { ipAddress: clientAddress(req?.headers), userAgent: userAgentOf(req?.headers) };
            return await authenticate({ db, credentials, client });
          } catch (err) {
            if (isAppError(err) && err.code === "RATE_LIMITED") throw new Error(signInErrors.rateLimited);
            if (isAppError(err)) return null;
            // Whatever else went wrong (the database is down, most likely) must not read as
            // "wrong password", and its text (host, port, driver) must not reach the browser.
            console.error("[auth] sign-in failed", isDatabaseUnreachable(err) ? "database unreachable" : err);
            throw new Error(signInErrors.unavailable);
          }
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.sid = (user as { sessionId?: string }).sessionId;
        }
        return token;
      },
      session({ session, token }) {
        if (token.uid && session.user) session.user.id = token.uid;
        session.sessionId = token.sid;
        return session;
      },
    },
    events: {
      // Signing out ends the session row, so a copy of the cookie stops working too.
      async signOut({ token }) {
        if (token?.uid && token.sid) await endSession(await getDb(), token.uid, token.sid);
      },
    },
  };
  return options;
}
