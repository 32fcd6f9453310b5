import { crc32, deflateSync } from "node:zlib";

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A real 1×1 PNG (signature, IHDR, IDAT, IEND with correct CRCs): one opaque red pixel.
 * @example tinyPng().subarray(1, 4).toString() === "PNG"
 */
export function tinyPng(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0); // width
  ihdr.writeUInt32BE(1, 4); // height
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const pixel = Buffer.from([0, 255, 0, 0, 255]); // filter 0, then R G B A
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(pixel)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/**
 * A real one-page PDF (catalog, pages, page, xref with exact offsets, trailer). `padding`
 * adds a comment of that many bytes (to test size caps).
 */
export function tinyPdf(padding = 0): Buffer {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] >>",
  ];
  let body = "%PDF-1.4\n";
  if (padding > 0) body += `%${"x".repeat(padding)}\n`;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/**
 * The first sector of a Microsoft compound file (CFB signature) whose directory names a stream
 * in UTF-16LE, as .doc ("WordDocument") and .xls ("Workbook") files do. Only the parts the
 * sniffer reads; not a whole Office file.
 */
export function cfbWithStream(name: string): Buffer {
  const buf = Buffer.alloc(1536);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(buf, 0);
  buf.writeUInt16LE(0x003e, 24); // minor version
  buf.writeUInt16LE(0x0003, 26); // major version 3
  buf.writeUInt16LE(0xfffe, 28); // little-endian byte order
  buf.writeUInt16LE(9, 30); // 512-byte sectors
  Buffer.from(name, "utf16le").copy(buf, 1024);
  return buf;
}
