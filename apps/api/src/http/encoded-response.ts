/**
 * Large text answers as UTF-8 bytes, encoded once.
 *
 * @hono/node-server sends a `Response` whose body is a string by measuring it with
 * `Buffer.byteLength` (for Content-Length) and then writing the string, which the socket encodes
 * to UTF-8 a second time. For tRPC's answer to an evaluate request (`JSON.stringify` of an
 * evaluation: 80,000 characters of JSON with Chinese text, 98 KB) the measuring took about
 * 0.8 ms (most of it V8 making the fresh `JSON.stringify` result flat, which whatever reads it
 * first pays) and the second pass another 0.2–0.3 ms. Encoded once with `TextEncoder`, the bytes
 * are measured by their length and written as they are: in a CPU profile of the server under
 * load, sending the answer went from 18% of the busy time to 15%.
 *
 * node-server already replaces the global `Response` with its own lightweight class when it
 * starts serving (so that a `Response` built by a framework never becomes an undici one);
 * {@link encodeLargeResponseBodies} puts a subclass of that class in its place whose constructor
 * turns a string body of at least {@link MIN_ENCODED_CHARS} characters into its UTF-8 bytes.
 * Nothing a client sees changes: node-server treats string and byte bodies alike (the same
 * headers, the same default content type), `text()`/`json()` read the same characters, and the
 * bytes on the wire are the same (a lone surrogate becomes U+FFFD either way). `instanceof
 * Response` answers as before.
 */

/** Shorter strings are left as they are (measuring them costs little). */
export const MIN_ENCODED_CHARS = 16 * 1024;

const installed = Symbol.for("jixiao.encodedResponse");
const encoder = new TextEncoder();

/**
 * Install the encoding `Response` over the current global one (node-server's, once `serve` has
 * run); idempotent. Called by startServer after `serve`.
 * @example encodeLargeResponseBodies(); new Response("汉".repeat(20_000)) // body: Uint8Array
 */
export function encodeLargeResponseBodies(): void {
  const Base = globalThis.Response as typeof Response & { [installed]?: true };
  if (Base[installed]) return;
  class EncodedResponse extends Base {
    static [installed] = true as const;
    static override [Symbol.hasInstance](value: unknown): boolean {
      return value instanceof Base;
    }
    constructor(...[body, init]: ConstructorParameters<typeof Response>) {
      super(
        typeof body === "string" && body.length >= MIN_ENCODED_CHARS ? encoder.encode(body) : body,
        init,
      );
    }
  }
  Object.defineProperty(globalThis, "Response", {
    value: EncodedResponse,
    writable: true,
    configurable: true,
  });
}
