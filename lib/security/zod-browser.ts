import { z } from "zod";

// Zod compiles object parsers with `new Function` when it can, and probes for that with a
// `Function("")` call. The CSP forbids eval for scripts ('unsafe-eval' is left out on purpose),
// so in the browser the probe is a reported violation on every page that parses a schema.
// Jitless parsing there is as correct and fast enough; the server, where no CSP applies,
// keeps the compiled parsers.
if (typeof window !== "undefined") z.config({ jitless: true });
