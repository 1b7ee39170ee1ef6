import { createDeepSeek } from "@ai-sdk/deepseek";
import { createOpenAI } from "@ai-sdk/openai";
import type { LanguageModel } from "ai";
import { type LlmProvider, readEnv } from "@/lib/config/env";

export type ConfiguredModel = { provider: LlmProvider; modelId: string; model: LanguageModel };

/** The configured model, or null when no provider key is set (the feature is off; comparisons still work). */
export function getConfiguredModel(env: Record<string, string | undefined> = process.env): ConfiguredModel | null {
  const config = readEnv(env).llm;
  if (!config) return null;
  if (config.provider === "deepseek") {
    const deepseek = createDeepSeek({ apiKey: config.apiKey, baseURL: config.baseURL });
    return { provider: "deepseek", modelId: config.model, model: deepseek(config.model) };
  }
  // The Chat Completions path (not the Responses API) so any OpenAI-compatible server works.
  const openai = createOpenAI({ apiKey: config.apiKey, baseURL: config.baseURL });
  return { provider: "openai", modelId: config.model, model: openai.chat(config.model) };
}
