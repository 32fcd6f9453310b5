import { SEED_IDS } from "@jixiao/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./testing/harness.ts";
import { signInCookie } from "./testing/http.ts";

/** A tiny real PDF (the store sniffs the content, not the name). */
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

/** A multipart/form-data body with text fields and one file. */
function multipart(fields: Record<string, string>, file: { name: string; content: Buffer }) {
  const boundary = "----jixiao-test-boundary";
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
    );
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

describe("graceful shutdown", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer("sqlite");
  }, 60_000);
  afterAll(async () => {
    await server?.cleanup();
  });

  it("finishes a request in flight, then stops accepting and closes the database", async () => {
    const cookie = await signInCookie(
      server.url,
      server.firstAdmin.email,
      server.firstAdmin.password,
    );
    const { body, contentType } = multipart(
      { datasetId: SEED_IDS.dataset },
      { name: "会议纪要.pdf", content: PDF },
    );
    const half = Math.floor(body.length / 2);
    let sendRest: () => void = () => {};
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(body.subarray(0, half)));
        sendRest = () => {
          controller.enqueue(new Uint8Array(body.subarray(half)));
          controller.close();
        };
      },
    });
    // An upload whose body is only half sent: the request is in flight.
    const answer = fetch(`${server.url}/files/evidence`, {
      method: "POST",
      headers: { "content-type": contentType, cookie },
      body: stream,
      duplex: "half",
    } as RequestInit);
    let settled = false;
    void answer.finally(() => {
      settled = true;
    });
    while (server.inFlight() === 0 && !settled) await new Promise((r) => setTimeout(r, 10));
    expect(settled).toBe(false);

    let closed = false;
    const closing = server.close().then(() => {
      closed = true;
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(closed).toBe(false);
    sendRest();
    const response = await answer;
    expect(response.status).toBe(201);
    const saved = (await response.json()) as { fileName: string; mime: string; size: number };
    expect(saved).toMatchObject({
      fileName: "会议纪要.pdf",
      mime: "application/pdf",
      size: PDF.length,
    });
    await closing;
    expect(closed).toBe(true);
    // No longer listening.
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  }, 60_000);
});
