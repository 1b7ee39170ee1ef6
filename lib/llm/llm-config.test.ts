import { describe, expect, it } from "vitest";
import { getConfiguredModel, readLlmConfig } from "@/lib/llm/llm-config";

describe("readLlmConfig", () => {
  it("is off without any key", () => {
    expect(readLlmConfig({})).toBeNull();
    expect(getConfiguredModel({ OPENAI_API_KEY: " " })).toBeNull();
  });

  it("uses OpenAI's chat path with the configured base URL and model default", () => {
    expect(readLlmConfig({ OPENAI_API_KEY: "sk-x", OPENAI_BASE_URL: "http://127.0.0.1:9/v1" })).toEqual({
      provider: "openai",
      apiKey: "sk-x",
      model: "gpt-4o-mini",
      baseURL: "http://127.0.0.1:9/v1",
    });
    const configured = getConfiguredModel({ OPENAI_API_KEY: "sk-x", OPENAI_MODEL: "local-llama" });
    expect(configured?.modelId).toBe("local-llama");
    expect((configured?.model as { provider: string }).provider).toBe("openai.chat");
  });

  it("uses DeepSeek with its default model, and LLM_PROVIDER picks when both keys are set", () => {
    expect(readLlmConfig({ DEEPSEEK_API_KEY: "d" })).toMatchObject({ provider: "deepseek", model: "deepseek-v4-flash" });
    expect(readLlmConfig({ DEEPSEEK_API_KEY: "d", OPENAI_API_KEY: "o" })?.provider).toBe("openai");
    expect(readLlmConfig({ DEEPSEEK_API_KEY: "d", OPENAI_API_KEY: "o", LLM_PROVIDER: "deepseek" })?.provider).toBe("deepseek");
  });

  it("rejects a malformed base URL or provider name", () => {
    expect(() => readLlmConfig({ OPENAI_API_KEY: "o", OPENAI_BASE_URL: "not a url" })).toThrow(/OPENAI_BASE_URL/);
    expect(() => readLlmConfig({ LLM_PROVIDER: "anthropic" })).toThrow(/LLM_PROVIDER/);
  });
});
