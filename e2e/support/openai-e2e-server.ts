import http from "node:http";

// A tiny OpenAI-compatible Chat Completions server for the reports e2e: answers every
// streamed request with a valid report JSON split into delayed SSE chunks, so the page can be
// seen filling in section by section. Runs the app's real provider code path with no network.
const port = Number(process.env.LLM_E2E_PORT ?? 5206);
const chunkDelayMs = Number(process.env.LLM_E2E_DELAY_MS ?? 400);

const report = {
  summary: "Auralis AirFlow Pro holds the middle of the group on price but trails the leader on rank.",
  marketPosition: "Second-tier by BSR; priced above two of the competitors.",
  strengths: ["Multipoint pairing and companion app"],
  weaknesses: ["BSR behind the group leader"],
  opportunities: ["Competitors under-sell battery life in their bullets"],
  threats: ["A competitor gains reviews faster"],
  recommendations: [
    { type: "price", title: "Test a 5% lower price", detail: "Close the gap to the cheaper rivals for two weeks.", asin: "B0DEMO0001", priority: 1, expectedImpact: "Better conversion", difficulty: "low", dataPoints: ["price gap to the cheapest competitor"] },
    { type: "bullets", title: "Lead with battery life", detail: "Move the 40-hour claim into the first bullet.", asin: "B0DEMO0001", priority: 2, expectedImpact: "Clearer differentiation", difficulty: "low", dataPoints: ["features unique to the main product"] },
  ],
};

function pieces(text: string): string[] {
  // Cut just before each top-level key so every chunk completes a section.
  const keys = ['"marketPosition"', '"strengths"', '"weaknesses"', '"opportunities"', '"threats"', '"recommendations"'];
  const cuts = keys.map((k) => text.indexOf(k)).filter((i) => i > 0);
  const out: string[] = [];
  let start = 0;
  for (const cut of cuts) {
    out.push(text.slice(start, cut));
    start = cut;
  }
  out.push(text.slice(start));
  return out;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const server = http.createServer(async (req, res) => {
  if (req.method === "GET") return void res.writeHead(200, { "content-type": "text/plain" }).end("ok");
  let body = "";
  for await (const chunk of req) body += chunk;
  const request = JSON.parse(body || "{}") as { model?: string; stream?: boolean };
  const base = { id: "chatcmpl-e2e", created: Math.floor(Date.now() / 1000), model: request.model ?? "e2e-model" };
  const text = JSON.stringify(report);
  const usage = { prompt_tokens: 812, completion_tokens: 236, total_tokens: 1048 };
  if (!request.stream) {
    res.writeHead(200, { "content-type": "application/json" });
    return void res.end(JSON.stringify({ ...base, object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content: text }, finish_reason: "stop" }], usage }));
  }
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
  const send = (data: unknown) => res.write(`data: ${JSON.stringify(data)}\n\n`);
  send({ ...base, object: "chat.completion.chunk", choices: [{ index: 0, delta: { role: "assistant", content: "" }, finish_reason: null }] });
  for (const piece of pieces(text)) {
    await sleep(chunkDelayMs);
    send({ ...base, object: "chat.completion.chunk", choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] });
  }
  send({ ...base, object: "chat.completion.chunk", choices: [{ index: 0, delta: {}, finish_reason: "stop" }] });
  send({ ...base, object: "chat.completion.chunk", choices: [], usage });
  res.end("data: [DONE]\n\n");
});

server.listen(port, "127.0.0.1", () => console.log(`OpenAI-compatible e2e server on ${port}`));
