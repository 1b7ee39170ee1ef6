import type { LanguageModelUsage } from "ai";

export type TokenCounts = { inputTokens: number | null; outputTokens: number | null; totalTokens: number | null };

/** Sums the usage of every attempt (a retried report paid for both). */
export function sumUsage(usages: Array<LanguageModelUsage | undefined>): TokenCounts {
  const add = (key: keyof TokenCounts) => {
    const values = usages.map((u) => u?.[key]).filter((v): v is number => typeof v === "number");
    return values.length ? values.reduce((a, b) => a + b, 0) : null;
  };
  const counts = { inputTokens: add("inputTokens"), outputTokens: add("outputTokens"), totalTokens: add("totalTokens") };
  if (counts.totalTokens === null && counts.inputTokens !== null && counts.outputTokens !== null) counts.totalTokens = counts.inputTokens + counts.outputTokens;
  return counts;
}
