import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/auth/auth-options";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

// Built per request so the secret is read at run time, never at build time.
function handler(req: Request, context: RouteContext) {
  return NextAuth(req as never, context as never, getAuthOptions());
}

export { handler as GET, handler as POST };
