import { z } from "zod";

// What the model must return. Every field is required (OpenAI's strict JSON schema mode
// rejects optional keys), and kept flat so DeepSeek's JSON mode has a fair chance too.
const recommendationTypes = ["price", "title", "bullets", "images", "keywords", "reviews", "stock"] as const;

const recommendationSchema = z.object({
  type: z.enum(recommendationTypes),
  title: z.string().min(1).describe("Short imperative headline"),
  detail: z.string().min(1).describe("What to do and why, in a few sentences"),
  asin: z.string().describe("ASIN of the product the recommendation applies to, usually the main product"),
  priority: z.number().int().min(1).max(5).describe("1 = do first, 5 = nice to have"),
  expectedImpact: z.string().min(1),
  difficulty: z.enum(["low", "medium", "high"]),
  dataPoints: z.array(z.string()).min(1).describe("The figures from the input this rests on, quoted"),
});

export const reportSchema = z.object({
  summary: z.string().min(1),
  marketPosition: z.string().min(1),
  strengths: z.array(z.string()),
  weaknesses: z.array(z.string()),
  opportunities: z.array(z.string()),
  threats: z.array(z.string()),
  recommendations: z.array(recommendationSchema).min(1).max(10),
});

export type ReportOutput = z.infer<typeof reportSchema>;
