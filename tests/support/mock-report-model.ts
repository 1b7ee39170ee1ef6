import { simulateReadableStream } from "ai";
import { MockLanguageModelV4 } from "ai/test";

// Replies in the AI SDK's V4 model spec, for MockLanguageModelV4.
const usage = (input: number, output: number) => ({
  inputTokens: { total: input, noCache: input, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: output, text: output, reasoning: undefined },
});

export function textReply(text: string, opts: { input?: number; output?: number; finish?: "stop" | "length" } = {}) {
  return {
    content: [{ type: "text" as const, text }],
    finishReason: { unified: opts.finish ?? "stop", raw: undefined },
    usage: usage(opts.input ?? 100, opts.output ?? 50),
    warnings: [],
  };
}

/** A model that answers each call with the next reply (generate and stream alike). */
export function mockModel(replies: Array<ReturnType<typeof textReply>>) {
  let call = 0;
  const next = () => replies[Math.min(call++, replies.length - 1)]!;
  return new MockLanguageModelV4({
    doGenerate: async () => next(),
    doStream: async () => {
      const reply = next();
      const text = reply.content[0]!.text;
      const pieces = text.match(/[\s\S]{1,40}/g) ?? [];
      return {
        stream: simulateReadableStream({
          chunks: [
            { type: "text-start" as const, id: "t" },
            ...pieces.map((delta) => ({ type: "text-delta" as const, id: "t", delta })),
            { type: "text-end" as const, id: "t" },
            { type: "finish" as const, finishReason: reply.finishReason, usage: reply.usage },
          ],
          initialDelayInMs: null,
          chunkDelayInMs: null,
        }),
      };
    },
  });
}
