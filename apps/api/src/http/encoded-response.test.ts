import { describe, expect, it } from "vitest";
import { encodeLargeResponseBodies, MIN_ENCODED_CHARS } from "./encoded-response.ts";

describe("encodeLargeResponseBodies", () => {
  const before = new Response("made before");
  encodeLargeResponseBodies();
  encodeLargeResponseBodies(); // idempotent: one subclass, not two

  it("keeps a large string body's characters (bytes once encoded) and its headers", async () => {
    const text = JSON.stringify({
      指标: "“三公经费”控制率".repeat(MIN_ENCODED_CHARS / 4),
      lone: "\ud800",
    });
    const response = new Response(text, {
      status: 200,
      headers: { "content-type": "application/json" },
    });
    expect(response.headers.get("content-type")).toBe("application/json");
    const bytes = new Uint8Array(await response.clone().arrayBuffer());
    expect(Buffer.from(bytes).equals(Buffer.from(text, "utf8"))).toBe(true);
    expect(await response.text()).toBe(text.replace("\ud800", "\ufffd"));
  });

  it("leaves short strings as they are; instanceof Response holds for every response", async () => {
    const small = new Response("ok");
    expect(await small.text()).toBe("ok");
    expect(small).toBeInstanceOf(Response);
    expect(before).toBeInstanceOf(Response);
    expect(Response.json({ a: 1 })).toBeInstanceOf(Response);
    expect({}).not.toBeInstanceOf(Response);
  });
});
