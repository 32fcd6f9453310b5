import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { threadId } from "node:worker_threads";

/**
 * Why this exists: resvg-js 2.6 (fontdb) re-reads the whole font file for every glyph it shapes
 * or outlines — with the 19 MB Noto CJK collection that is ~0.5 s of memcpy per chart. A font
 * holding only the glyphs a chart can use makes those reads tiny.
 *
 * The subset keeps every table of the chosen face byte for byte except `CFF `, whose CharStrings
 * keep their glyph ids and bodies for the needed glyphs and are empty for the rest, `cmap`, which
 * maps only the characters of the text (to the same glyphs), and the vertical-writing tables
 * (vhea, vmtx, VORG), which are left out; glyph ids, horizontal metrics, GSUB/GPOS, subroutines
 * and FD dicts are unchanged, so shaping and outlines (and the PNG) are identical (and the file
 * resvg re-reads per glyph is ~2.0 MB instead of ~2.5 MB). Needed glyphs: .notdef, cmap of every
 * character of the SVG, closed over every GSUB substitution (conservatively, all lookups). Fonts
 * that are not CFF-flavoured (TrueType `glyf`) are not subset: `null` tells the caller to use the
 * original file.
 */

interface SfntFace {
  /** Tables of the face in directory order: tag → bytes. */
  tables: Map<string, Buffer>;
}

interface FontSource {
  face: SfntFace;
  cmap: Map<number, number>;
  /** GSUB substitutions: input glyph → glyphs it may become (or take part in). */
  gsub: Map<number, number[]>;
  cff: CffFont;
}

const sources = new Map<string, FontSource | null>();
let tempCount = 0;

/**
 * Run `use` with the path of a font file holding only the glyphs `text` can need from the face
 * named `family` of `file` (written to the temp directory and removed afterwards), or
 * with `file` itself when the font cannot be subset (not CFF, unexpected structure). The parsed
 * font is kept per process, so the big file is read once.
 * @example withSubsetFont(font.file, font.family, svg, (path) => new Resvg(svg, { font: { fontFiles: [path] } }).render())
 */
export function withSubsetFont<T>(
  file: string,
  family: string,
  text: string,
  use: (path: string) => T,
): T {
  const key = `${file}\u0000${family}`;
  let source = sources.get(key);
  if (source === undefined) {
    try {
      source = loadSource(readFileSync(file), family);
    } catch {
      source = null;
    }
    sources.set(key, source);
  }
  let bytes: Buffer | null = null;
  if (source) {
    try {
      const chars = neededChars(text);
      bytes = buildSubset(source, chars, neededGlyphs(source, chars));
    } catch {
      bytes = null;
    }
  }
  if (!bytes) return use(file);
  const path = join(tmpdir(), `jixiao-chart-font-${process.pid}-${threadId}-${tempCount++}.otf`);
  try {
    writeFileSync(path, bytes, { flag: "wx" });
  } catch {
    return use(file); // temp directory not writable (or a stale name): the full font still works
  }
  try {
    return use(path);
  } finally {
    rmSync(path, { force: true });
  }
}

/** Every character of `text`, and those its numeric character references (&#x5143;) stand for. */
function neededChars(text: string): Set<number> {
  const chars = new Set<number>();
  for (const ch of text) chars.add(ch.codePointAt(0) ?? 0);
  for (const m of text.matchAll(/&#(x[0-9a-fA-F]+|[0-9]+);/g)) {
    const v = m[1] ?? "";
    chars.add(v.startsWith("x") ? Number.parseInt(v.slice(1), 16) : Number.parseInt(v, 10));
  }
  return chars;
}

function neededGlyphs(source: FontSource, chars: Set<number>): Set<number> {
  const glyphs = new Set<number>([0]);
  for (const c of chars) {
    const g = source.cmap.get(c);
    if (g !== undefined) glyphs.add(g);
  }
  const queue = [...glyphs];
  while (queue.length > 0) {
    const g = queue.pop() as number;
    for (const out of source.gsub.get(g) ?? []) {
      if (!glyphs.has(out)) {
        glyphs.add(out);
        queue.push(out);
      }
    }
  }
  return glyphs;
}

// ---------------------------------------------------------------- sfnt

function loadSource(buf: Buffer, family: string): FontSource | null {
  const faces: number[] = [];
  if (buf.toString("latin1", 0, 4) === "ttcf") {
    const n = buf.readUInt32BE(8);
    for (let i = 0; i < n; i++) faces.push(buf.readUInt32BE(12 + 4 * i));
  } else faces.push(0);
  const parsed = faces.map((off) => readFace(buf, off));
  const face = parsed.find((f) => familyNames(f).includes(family)) ?? parsed[0];
  if (!face) return null;
  const cffBytes = face.tables.get("CFF ");
  const cmapBytes = face.tables.get("cmap");
  if (!cffBytes || !cmapBytes || face.tables.has("glyf") || face.tables.has("CFF2")) return null;
  const gsubBytes = face.tables.get("GSUB");
  return {
    face,
    cmap: readCmap(cmapBytes),
    gsub: gsubBytes ? readGsub(gsubBytes) : new Map(),
    cff: readCff(cffBytes),
  };
}

function readFace(buf: Buffer, off: number): SfntFace {
  const numTables = buf.readUInt16BE(off + 4);
  const tables = new Map<string, Buffer>();
  for (let t = 0; t < numTables; t++) {
    const r = off + 12 + 16 * t;
    const offset = buf.readUInt32BE(r + 8);
    tables.set(
      buf.toString("latin1", r, r + 4),
      buf.subarray(offset, offset + buf.readUInt32BE(r + 12)),
    );
  }
  return { tables };
}

function familyNames(face: SfntFace): string[] {
  const name = face.tables.get("name");
  if (!name) return [];
  const count = name.readUInt16BE(2);
  const strings = name.readUInt16BE(4);
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const r = 6 + 12 * k;
    const id = name.readUInt16BE(r + 6);
    if (name.readUInt16BE(r) !== 3 || (id !== 1 && id !== 16)) continue;
    const len = name.readUInt16BE(r + 8);
    const o = strings + name.readUInt16BE(r + 10);
    out.push(
      Buffer.from(name.subarray(o, o + len))
        .swap16()
        .toString("utf16le"),
    );
  }
  return out;
}

const checksums = new WeakMap<Buffer, number>();

function checksum(b: Buffer): number {
  const known = checksums.get(b);
  if (known !== undefined) return known;
  let sum = 0;
  const padded = b.length % 4 === 0 ? b : Buffer.concat([b, Buffer.alloc(4 - (b.length % 4))]);
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  checksums.set(b, sum);
  return sum;
}

function writeSfnt(tables: Map<string, Buffer>): Buffer {
  const tags = [...tables.keys()].sort();
  const n = tags.length;
  let entrySelector = 0;
  while (2 ** (entrySelector + 1) <= n) entrySelector++;
  const header = Buffer.alloc(12 + 16 * n);
  header.write("OTTO", 0, "latin1");
  header.writeUInt16BE(n, 4);
  header.writeUInt16BE(2 ** entrySelector * 16, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(n * 16 - 2 ** entrySelector * 16, 10);
  const parts: Buffer[] = [header];
  let offset = header.length;
  tags.forEach((tag, i) => {
    const data = tables.get(tag) as Buffer;
    const r = 12 + 16 * i;
    header.write(tag, r, "latin1");
    header.writeUInt32BE(checksum(data), r + 4);
    header.writeUInt32BE(offset, r + 8);
    header.writeUInt32BE(data.length, r + 12);
    const pad = (4 - (data.length % 4)) % 4;
    parts.push(data, Buffer.alloc(pad));
    offset += data.length + pad;
  });
  return Buffer.concat(parts);
}

// ---------------------------------------------------------------- cmap

function readCmap(t: Buffer): Map<number, number> {
  const map = new Map<number, number>();
  const n = t.readUInt16BE(2);
  const subtables: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = 4 + 8 * i;
    const platform = t.readUInt16BE(r);
    const encoding = t.readUInt16BE(r + 2);
    if (platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))
      subtables.push(t.readUInt32BE(r + 4));
  }
  for (const off of subtables) {
    const format = t.readUInt16BE(off);
    if (format === 12) {
      const groups = t.readUInt32BE(off + 12);
      for (let g = 0; g < groups; g++) {
        const r = off + 16 + 12 * g;
        const start = t.readUInt32BE(r);
        const end = t.readUInt32BE(r + 4);
        const gid = t.readUInt32BE(r + 8);
        for (let c = start; c <= end; c++) if (!map.has(c)) map.set(c, gid + c - start);
      }
    } else if (format === 4) {
      const segX2 = t.readUInt16BE(off + 6);
      const ends = off + 14;
      const starts = ends + segX2 + 2;
      const deltas = starts + segX2;
      const ranges = deltas + segX2;
      for (let s = 0; s < segX2; s += 2) {
        const end = t.readUInt16BE(ends + s);
        const start = t.readUInt16BE(starts + s);
        const delta = t.readInt16BE(deltas + s);
        const range = t.readUInt16BE(ranges + s);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          let gid: number;
          if (range === 0) gid = (c + delta) & 0xffff;
          else {
            const at = ranges + s + range + 2 * (c - start);
            gid = t.readUInt16BE(at);
            if (gid !== 0) gid = (gid + delta) & 0xffff;
          }
          if (!map.has(c)) map.set(c, gid);
        }
      }
    }
  }
  return map;
}

// ---------------------------------------------------------------- GSUB closure

function coverage(t: Buffer, off: number): number[] {
  const format = t.readUInt16BE(off);
  const count = t.readUInt16BE(off + 2);
  const out: number[] = [];
  if (format === 1) for (let i = 0; i < count; i++) out.push(t.readUInt16BE(off + 4 + 2 * i));
  else
    for (let i = 0; i < count; i++) {
      const r = off + 4 + 6 * i;
      for (let g = t.readUInt16BE(r); g <= t.readUInt16BE(r + 2); g++) out.push(g);
    }
  return out;
}

/** Every substitution of every lookup: input glyph → outputs (over-approximates the closure). */
function readGsub(t: Buffer): Map<number, number[]> {
  const edges = new Map<number, number[]>();
  const add = (from: number, to: number) => {
    const list = edges.get(from);
    if (list) list.push(to);
    else edges.set(from, [to]);
  };
  const lookupList = t.readUInt16BE(8);
  const lookups = t.readUInt16BE(lookupList);
  for (let l = 0; l < lookups; l++) {
    const lookup = lookupList + t.readUInt16BE(lookupList + 2 + 2 * l);
    const type = t.readUInt16BE(lookup);
    const subs = t.readUInt16BE(lookup + 4);
    for (let s = 0; s < subs; s++) {
      let sub = lookup + t.readUInt16BE(lookup + 6 + 2 * s);
      let kind = type;
      if (kind === 7) {
        kind = t.readUInt16BE(sub + 2);
        sub += t.readUInt32BE(sub + 4);
      }
      subtable(t, kind, sub, add);
    }
  }
  return edges;
}

function subtable(t: Buffer, kind: number, sub: number, add: (a: number, b: number) => void) {
  const format = t.readUInt16BE(sub);
  if (kind === 1) {
    const cov = coverage(t, sub + t.readUInt16BE(sub + 2));
    if (format === 1) {
      const delta = t.readInt16BE(sub + 4);
      for (const g of cov) add(g, (g + delta) & 0xffff);
    } else for (const [i, g] of cov.entries()) add(g, t.readUInt16BE(sub + 6 + 2 * i));
  } else if (kind === 2 || kind === 3) {
    // sequences (2) or alternate sets (3): a list of glyph lists, by coverage index
    const cov = coverage(t, sub + t.readUInt16BE(sub + 2));
    cov.forEach((g, i) => {
      const set = sub + t.readUInt16BE(sub + 6 + 2 * i);
      const n = t.readUInt16BE(set);
      for (let k = 0; k < n; k++) add(g, t.readUInt16BE(set + 2 + 2 * k));
    });
  } else if (kind === 4) {
    const cov = coverage(t, sub + t.readUInt16BE(sub + 2));
    cov.forEach((g, i) => {
      const set = sub + t.readUInt16BE(sub + 6 + 2 * i);
      const n = t.readUInt16BE(set);
      for (let k = 0; k < n; k++) add(g, t.readUInt16BE(set + t.readUInt16BE(set + 2 + 2 * k)));
    });
  } else if (kind === 8) {
    const cov = coverage(t, sub + t.readUInt16BE(sub + 2));
    const back = t.readUInt16BE(sub + 4);
    const ahead = t.readUInt16BE(sub + 6 + 2 * back);
    const subst = sub + 8 + 2 * back + 2 * ahead;
    for (const [i, g] of cov.entries()) add(g, t.readUInt16BE(subst + 2 + 2 * i));
  }
  // 5, 6 (contextual) only call other lookups, which are all walked anyway.
}

// ---------------------------------------------------------------- CFF

interface CffIndex {
  /** Start of the INDEX in the table. */
  start: number;
  /** One past its end. */
  end: number;
  items: Buffer[];
}

function readIndex(b: Buffer, start: number): CffIndex {
  const count = b.readUInt16BE(start);
  if (count === 0) return { start, end: start + 2, items: [] };
  const offSize = b[start + 2] as number;
  const offs = start + 3;
  const readOff = (i: number) => b.readUIntBE(offs + i * offSize, offSize);
  const data = offs + (count + 1) * offSize - 1;
  const items: Buffer[] = [];
  for (let i = 0; i < count; i++) items.push(b.subarray(data + readOff(i), data + readOff(i + 1)));
  return { start, end: data + readOff(count), items };
}

function writeIndex(items: Buffer[]): Buffer {
  if (items.length === 0) return Buffer.from([0, 0]);
  const total = items.reduce((n, it) => n + it.length, 0) + 1;
  const offSize = total < 0x100 ? 1 : total < 0x10000 ? 2 : total < 0x1000000 ? 3 : 4;
  const head = Buffer.alloc(3 + (items.length + 1) * offSize);
  head.writeUInt16BE(items.length, 0);
  head[2] = offSize;
  let off = 1;
  for (let i = 0; i <= items.length; i++) {
    head.writeUIntBE(off, 3 + i * offSize, offSize);
    off += items[i]?.length ?? 0;
  }
  return Buffer.concat([head, ...items]);
}

/** A DICT entry: the operator (12 x as 1200 + x) and its operands, raw and as numbers. */
interface DictEntry {
  op: number;
  raw: Buffer;
  nums: number[];
}

function readDict(b: Buffer): DictEntry[] {
  const out: DictEntry[] = [];
  let i = 0;
  let start = 0;
  let nums: number[] = [];
  while (i < b.length) {
    const v = b[i] as number;
    if (v <= 21) {
      let op = v;
      const raw = b.subarray(start, i);
      if (v === 12) {
        op = 1200 + (b[i + 1] as number);
        i += 2;
      } else i += 1;
      out.push({ op, raw, nums });
      nums = [];
      start = i;
    } else if (v === 28) {
      nums.push(b.readInt16BE(i + 1));
      i += 3;
    } else if (v === 29) {
      nums.push(b.readInt32BE(i + 1));
      i += 5;
    } else if (v === 30) {
      i += 1;
      for (;;) {
        const x = b[i++] as number;
        if ((x & 0x0f) === 0x0f || x >> 4 === 0x0f) break;
      }
      nums.push(Number.NaN); // reals never hold offsets
    } else if (v >= 32 && v <= 246) {
      nums.push(v - 139);
      i += 1;
    } else if (v >= 247 && v <= 250) {
      nums.push((v - 247) * 256 + (b[i + 1] as number) + 108);
      i += 2;
    } else if (v >= 251 && v <= 254) {
      nums.push(-(v - 251) * 256 - (b[i + 1] as number) - 108);
      i += 2;
    } else throw new Error(`CFF DICT: bad byte ${v}`);
  }
  return out;
}

function int32(n: number): Buffer {
  const b = Buffer.alloc(5);
  b[0] = 29;
  b.writeInt32BE(n, 1);
  return b;
}

function opBytes(op: number): Buffer {
  return op >= 1200 ? Buffer.from([12, op - 1200]) : Buffer.from([op]);
}

/** Serialise a DICT, replacing the operands of `patch` ops (offsets) with 5-byte integers. */
function writeDict(entries: DictEntry[], patch: Map<number, number[]>): Buffer {
  return Buffer.concat(
    entries.flatMap((e) => {
      const nums = patch.get(e.op);
      return [nums ? Buffer.concat(nums.map(int32)) : e.raw, opBytes(e.op)];
    }),
  );
}

interface CffPrivate {
  dict: DictEntry[];
  subrs: Buffer | null;
}

interface CffFont {
  header: Buffer;
  names: Buffer;
  top: DictEntry[];
  strings: Buffer;
  globalSubrs: Buffer;
  charset: Buffer | null;
  fdSelect: Buffer | null;
  charStrings: Buffer[];
  /** CID fonts: the font DICTs of FDArray with their Private DICTs; else one top Private. */
  fds: { dict: DictEntry[]; priv: CffPrivate }[] | null;
  priv: CffPrivate | null;
}

function entry(dict: DictEntry[], op: number): number[] | undefined {
  return dict.find((e) => e.op === op)?.nums;
}

function readPrivate(b: Buffer, sizeOff: number[] | undefined): CffPrivate | null {
  if (!sizeOff) return null;
  const [size = 0, off = 0] = sizeOff;
  const dict = readDict(b.subarray(off, off + size));
  const subrs = entry(dict, 19)?.[0];
  if (subrs === undefined) return { dict, subrs: null };
  const idx = readIndex(b, off + subrs);
  return { dict, subrs: b.subarray(idx.start, idx.end) };
}

function readCff(b: Buffer): CffFont {
  const hdrSize = b[2] as number;
  const names = readIndex(b, hdrSize);
  const tops = readIndex(b, names.end);
  const strings = readIndex(b, tops.end);
  const gsubrs = readIndex(b, strings.end);
  if (tops.items.length !== 1) throw new Error("CFF: one font expected");
  const top = readDict(tops.items[0] as Buffer);
  const csOff = entry(top, 17)?.[0];
  if (csOff === undefined || entry(top, 16)?.[0]) throw new Error("CFF: unsupported");
  const charStrings = readIndex(b, csOff).items;
  const nGlyphs = charStrings.length;
  const charsetOff = entry(top, 15)?.[0] ?? 0;
  let charset: Buffer | null = null;
  if (charsetOff > 2) {
    const format = b[charsetOff] as number;
    let p = charsetOff + 1;
    if (format === 0) p += 2 * (nGlyphs - 1);
    else {
      let covered = 1;
      while (covered < nGlyphs) {
        const left = format === 1 ? (b[p + 2] as number) : b.readUInt16BE(p + 2);
        covered += left + 1;
        p += format === 1 ? 3 : 4;
      }
    }
    charset = b.subarray(charsetOff, p);
  }
  let fdSelect: Buffer | null = null;
  let fds: CffFont["fds"] = null;
  const fdSelectOff = entry(top, 1237)?.[0];
  const fdArrayOff = entry(top, 1236)?.[0];
  if (fdSelectOff !== undefined && fdArrayOff !== undefined) {
    const format = b[fdSelectOff] as number;
    const len = format === 0 ? 1 + nGlyphs : 5 + 3 * b.readUInt16BE(fdSelectOff + 1) /* format 3 */;
    if (format !== 0 && format !== 3) throw new Error("CFF: FDSelect format");
    fdSelect = b.subarray(fdSelectOff, fdSelectOff + len);
    fds = readIndex(b, fdArrayOff).items.map((item) => {
      const dict = readDict(item);
      const priv = readPrivate(b, entry(dict, 18));
      if (!priv) throw new Error("CFF: FD without Private");
      return { dict, priv };
    });
  }
  return {
    header: b.subarray(0, hdrSize),
    names: b.subarray(names.start, names.end),
    top,
    strings: b.subarray(strings.start, strings.end),
    globalSubrs: b.subarray(gsubrs.start, gsubrs.end),
    charset,
    fdSelect,
    charStrings,
    fds,
    priv: fds ? null : readPrivate(b, entry(top, 18)),
  };
}

function writePrivate(p: CffPrivate): { bytes: Buffer; size: number } {
  if (!p.subrs) {
    const bytes = writeDict(p.dict, new Map());
    return { bytes, size: bytes.length };
  }
  // Subrs offset is relative to the Private DICT: right after it.
  const size = writeDict(p.dict, new Map([[19, [0]]])).length;
  const dict = writeDict(p.dict, new Map([[19, [size]]]));
  return { bytes: Buffer.concat([dict, p.subrs]), size };
}

const ENDCHAR = Buffer.from([14]);

/** The CharStrings INDEX with the bodies of `glyphs` and a bare endchar for every other glyph. */
function writeCharStrings(charStrings: Buffer[], glyphs: Set<number>): Buffer {
  const n = charStrings.length;
  let total = 1 + n;
  for (const g of glyphs) if (g < n) total += (charStrings[g] as Buffer).length - 1;
  const offSize = total < 0x100 ? 1 : total < 0x10000 ? 2 : total < 0x1000000 ? 3 : 4;
  const head = 3 + (n + 1) * offSize;
  const out = Buffer.alloc(head + total - 1);
  out.writeUInt16BE(n, 0);
  out[2] = offSize;
  let off = 1;
  for (let i = 0; i < n; i++) {
    out.writeUIntBE(off, 3 + i * offSize, offSize);
    const body = glyphs.has(i) ? (charStrings[i] as Buffer) : ENDCHAR;
    body.copy(out, head - 1 + off);
    off += body.length;
  }
  out.writeUIntBE(off, 3 + n * offSize, offSize);
  return out;
}

function writeCff(font: CffFont, glyphs: Set<number>): Buffer {
  const charStrings = writeCharStrings(font.charStrings, glyphs);
  // Layout: header, Name, Top DICT INDEX, String, GSubrs, charset, FDSelect, CharStrings,
  // FDArray, Private DICTs (+ local Subrs). Offsets in DICTs are 5-byte ints, so sizes are known
  // before the offsets are.
  const offsetOps = [15, 17, 18, 1236, 1237];
  const dummy = new Map(offsetOps.map((op) => [op, op === 18 ? [0, 0] : [0]]));
  const topLen = writeIndex([writeDict(font.top, dummy)]).length;
  let pos = font.header.length + font.names.length + topLen;
  pos += font.strings.length + font.globalSubrs.length;
  // Offsets that stay (e.g. a predefined charset 0–2) are re-encoded as 5-byte ints too.
  const patch = new Map<number, number[]>();
  for (const e of font.top) if (offsetOps.includes(e.op)) patch.set(e.op, e.nums);
  const tail: Buffer[] = [];
  if (font.charset) {
    patch.set(15, [pos]);
    tail.push(font.charset);
    pos += font.charset.length;
  }
  if (font.fdSelect) {
    patch.set(1237, [pos]);
    tail.push(font.fdSelect);
    pos += font.fdSelect.length;
  }
  patch.set(17, [pos]);
  tail.push(charStrings);
  pos += charStrings.length;
  if (font.fds) {
    const fdDicts = font.fds.map((fd) => writeDict(fd.dict, new Map([[18, [0, 0]]])));
    const fdArrayLen = writeIndex(fdDicts).length;
    patch.set(1236, [pos]);
    let privPos = pos + fdArrayLen;
    const privs: Buffer[] = [];
    const finalDicts = font.fds.map((fd) => {
      const p = writePrivate(fd.priv);
      const dict = writeDict(fd.dict, new Map([[18, [p.size, privPos]]]));
      privs.push(p.bytes);
      privPos += p.bytes.length;
      return dict;
    });
    tail.push(writeIndex(finalDicts), ...privs);
  } else if (font.priv) {
    const p = writePrivate(font.priv);
    patch.set(18, [p.size, pos]);
    tail.push(p.bytes);
  }
  const top = writeIndex([writeDict(font.top, patch)]);
  if (top.length !== topLen) throw new Error("CFF: Top DICT size changed");
  return Buffer.concat([font.header, font.names, top, font.strings, font.globalSubrs, ...tail]);
}

/** Tables of vertical writing (metrics, origins): chart text is horizontal, so never read. */
const VERTICAL_TABLES = ["vhea", "vmtx", "VORG"];

function buildSubset(source: FontSource, chars: Set<number>, glyphs: Set<number>): Buffer {
  const tables = new Map(source.face.tables);
  tables.set("CFF ", writeCff(source.cff, glyphs));
  tables.set("cmap", writeCmap(source.cmap, chars));
  for (const tag of VERTICAL_TABLES) tables.delete(tag);
  return writeSfnt(tables);
}

/**
 * A cmap holding only `chars` (those the font maps), as one format 12 subtable (Windows, full
 * Unicode): the same glyph for every character the text has, so the same shaping.
 */
function writeCmap(cmap: Map<number, number>, chars: Set<number>): Buffer {
  const pairs = [...chars]
    .filter((c) => cmap.has(c))
    .sort((a, b) => a - b)
    .map((c) => [c, cmap.get(c) as number] as const);
  const out = Buffer.alloc(12 + 16 + 12 * pairs.length);
  out.writeUInt16BE(0, 0); // version
  out.writeUInt16BE(1, 2); // one encoding record
  out.writeUInt16BE(3, 4); // platform Windows
  out.writeUInt16BE(10, 6); // encoding Unicode full repertoire
  out.writeUInt32BE(12, 8);
  out.writeUInt16BE(12, 12); // format 12
  out.writeUInt32BE(16 + 12 * pairs.length, 16);
  out.writeUInt32BE(pairs.length, 24);
  pairs.forEach(([c, g], i) => {
    const r = 28 + 12 * i;
    out.writeUInt32BE(c, r);
    out.writeUInt32BE(c, r + 4);
    out.writeUInt32BE(g, r + 8);
  });
  return out;
}
