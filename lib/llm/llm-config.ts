import { createDeepSeek } from "@ai-sdk/deepseek";
import { createOpenAI } from "@ai-sdk/openai";
import type { LanguageModel } from "ai";
import { z } from "zod";

// The positioning report's model comes from the environment. No key → null, and the report
// area explains how to enable the narrative instead of offering a generate button.
const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

const llmEnvSchema = z.object({
  LLM_PROVIDER: optional.pipe(z.enum(["openai", "deepseek"]).optional()),
  OPENAI_API_KEY: optional,
  OPENAI_BASE_URL: optional.pipe(z.url().optional()),
  OPENAI_MODEL: optional,
  DEEPSEEK_API_KEY: optional,
  DEEPSEEK_BASE_URL: optional.pipe(z.url().optional()),
  DEEPSEEK_MODEL: optional,
});

export type LlmProvider = "openai" | "deepseek";
export type LlmConfig = { provider: LlmProvider; model: string; apiKey: string; baseURL: string | undefined };
export type ConfiguredModel = { provider: LlmProvider; modelId: string; model: LanguageModel };

export function readLlmConfig(env: Record<string, string | undefined> = process.env): LlmConfig | null {
  const parsed = llmEnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid LLM configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const openai = e.OPENAI_API_KEY
    ? { provider: "openai" as const, apiKey: e.OPENAI_API_KEY, model: e.OPENAI_MODEL ?? "gpt-4o-mini", baseURL: e.OPENAI_BASE_URL }
    : null;
  const deepseek = e.DEEPSEEK_API_KEY
    ? { provider: "deepseek" as const, apiKey: e.DEEPSEEK_API_KEY, model: e.DEEPSEEK_MODEL ?? "deepseek-v4-flash", baseURL: e.DEEPSEEK_BASE_URL }
    : null;
  if (e.LLM_PROVIDER === "deepseek") return deepseek;
  if (e.LLM_PROVIDER === "openai") return openai;
  return openai ?? deepseek;
}

/** The configured model, or null when no provider key is set (the feature is off). */
export function getConfiguredModel(env: Record<string, string | undefined> = process.env): ConfiguredModel | null {
  const config = readLlmConfig(env);
  if (!config) return null;
  if (config.provider === "deepseek") {
    const deepseek = createDeepSeek({ apiKey: config.apiKey, baseURL: config.baseURL });
    return { provider: "deepseek", modelId: config.model, model: deepseek(config.model) };
  }
  // The Chat Completions path (not the Responses API) so any OpenAI-compatible server works.
  const openai = createOpenAI({ apiKey: config.apiKey, baseURL: config.baseURL });
  return { provider: "openai", modelId: config.model, model: openai.chat(config.model) };
}
