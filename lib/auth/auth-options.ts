import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { getAuthSecret } from "@/lib/auth/auth-secret";
import { authenticate } from "@/lib/auth/authenticate";
import { createSignInLimiter } from "@/lib/auth/sign-in-limiter";

/** Error strings the sign-in form translates (next-auth passes a thrown message through). */
const signInErrors = { rateLimited: "RATE_LIMITED", invalid: "CredentialsSignin" } as const;

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
        async authorize(credentials) {
          const db = await getDb();
          try {
            return await authenticate({ db, limiter: createSignInLimiter(db), credentials });
          } catch (err) {
            if (isAppError(err) && err.code === "RATE_LIMITED") throw new Error(signInErrors.rateLimited);
            if (isAppError(err)) return null;
            throw err;
          }
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.uid = user.id;
        return token;
      },
      session({ session, token }) {
        if (token.uid && session.user) session.user.id = token.uid;
        return session;
      },
    },
  };
  return options;
}
