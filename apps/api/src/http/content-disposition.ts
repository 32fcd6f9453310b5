/**
 * The `Content-Disposition` header of a download: an ASCII fallback name for old clients and the
 * real (Chinese) name in RFC 5987 / RFC 6266 form, UTF-8 percent-encoded.
 * - `filename="..."`: the name with every non-ASCII or unsafe character (`"`, `\`, `%`, controls)
 *   replaced by `_`;
 * - `filename*=UTF-8''...`: the name percent-encoded per RFC 5987 (attr-char kept as is;
 *   `'`, `(`, `)`, `*` encoded too, since encodeURIComponent leaves them).
 * @example contentDisposition("桃江县自然资源局-2020-绩效评价报告.md")
 *   // `attachment; filename="________-2020-______.md"; filename*=UTF-8''%E6%A1%83…%E5%91%8A.md`
 */
export function contentDisposition(
  fileName: string,
  kind: "attachment" | "inline" = "attachment",
): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
