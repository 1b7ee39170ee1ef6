import { generateText, NoObjectGeneratedError, Output, streamText, type LanguageModel, type LanguageModelUsage, type ModelMessage } from "ai";
import { reportSchema, type ReportOutput } from "@/lib/reports/report-schema";

export type PartialReport = Partial<Omit<ReportOutput, "recommendations">> & { recommendations?: Array<Partial<ReportOutput["recommendations"][number]>> };
export type ModelAttempt = { output: ReportOutput; usage: LanguageModelUsage };

// One model call. With onPartial it streams (the page renders sections as they arrive);
// without, it is a plain generateText (the daily Inngest run). maxRetries 0: the caller
// decides about retries (once on invalid output here, Inngest's step retries there).
export async function callReportModel(opts: {
  model: LanguageModel;
  instructions: string;
  messages: ModelMessage[];
  onPartial?: (partial: PartialReport) => void;
}): Promise<ModelAttempt> {
  const output = Output.object({ schema: reportSchema });
  if (!opts.onPartial) {
    const result = await generateText({ model: opts.model, output, instructions: opts.instructions, messages: opts.messages, maxRetries: 0 });
    if (result.finishReason === "length") throw cutOff(result.text, result.response, result.usage);
    return { output: result.output, usage: result.usage };
  }
  // Provider errors in a stream are reported through onError, not thrown by the iterator.
  let streamError: unknown;
  const result = streamText({
    model: opts.model,
    output,
    instructions: opts.instructions,
    messages: opts.messages,
    maxRetries: 0,
    onError: ({ error }) => {
      streamError = error;
    },
  });
  for await (const partial of result.partialOutputStream) opts.onPartial(partial as PartialReport);
  try {
    const finishReason = await result.finishReason;
    const usage = await result.usage;
    const text = await result.text;
    if (finishReason === "length") {
      throw cutOff(text, await result.response, usage);
    }
    return { output: await result.output, usage };
  } catch (err) {
    throw streamError ?? err;
  }
}

// An answer cut off by the token limit can still hold parseable JSON; it is not a report.
function cutOff(text: string, response: NoObjectGeneratedError["response"], usage: LanguageModelUsage) {
  return new NoObjectGeneratedError({ message: "The answer was cut off (finish reason: length).", text, response: response!, usage, finishReason: "length" });
}

/** Why an answer was unusable, in words the model can act on when asked again. */
export function describeInvalidOutput(err: NoObjectGeneratedError): string {
  if (err.finishReason === "length") return "The answer was cut off before the JSON was complete (finish reason: length). Be more concise.";
  const detail = err.cause instanceof Error ? err.cause.message : err.message;
  return detail.slice(0, 2000);
}
