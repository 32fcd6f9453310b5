/**
 * Find where a JSON text first breaks the JSON grammar (RFC 8259, exactly what `JSON.parse`
 * accepts), so a syntax error can name its line and column. Node's own messages give a position
 * for some errors and not for others ("Unexpected token 'a', … is not valid JSON"); this scan
 * gives one for every error.
 *
 * Edge behaviour: returns `null` for valid JSON; an unterminated text reports its length (the
 * error is at the end); a character that cannot start or continue a value reports its offset.
 * Offsets count UTF-16 code units, as `String.prototype` indices do.
 *
 * @example jsonSyntaxErrorOffset('{"x": abc}') === 6
 * @example jsonSyntaxErrorOffset('{"x": "1"}') === null
 */
export function jsonSyntaxErrorOffset(text: string): number | null {
  try {
    new JsonScanner(text).document();
    return null;
  } catch (error) {
    if (error instanceof SyntaxStop) return error.offset;
    throw error;
  }
}

/**
 * Convert a UTF-16 offset into a 1-based line and column. Columns count characters (code
 * points), so a line of 汉字 counts one column per character, as editors show it.
 * @example lineColumn('{\n  "x": abc\n}', 9) // { line: 2, column: 8 }
 */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lineStart = before.lastIndexOf("\n") + 1;
  const line = before.split("\n").length;
  const column = Array.from(before.slice(lineStart)).length + 1;
  return { line, column };
}

class SyntaxStop {
  constructor(readonly offset: number) {}
}

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
const SIMPLE_ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
const HEX = /^[0-9A-Fa-f]$/;
const DIGIT = /^[0-9]$/;

/** A recursive-descent recogniser of the JSON grammar that stops at the first bad offset. */
class JsonScanner {
  private i = 0;
  constructor(private readonly text: string) {}

  document(): void {
    this.value();
    this.whitespace();
    if (this.i < this.text.length) this.fail();
  }

  private fail(at = this.i): never {
    throw new SyntaxStop(Math.min(at, this.text.length));
  }

  private whitespace(): void {
    while (this.i < this.text.length && WHITESPACE.has(this.text.charAt(this.i))) this.i++;
  }

  private expect(char: string): void {
    if (this.text.charAt(this.i) !== char) this.fail();
    this.i++;
  }

  private value(): void {
    this.whitespace();
    const c = this.text.charAt(this.i);
    if (c === "{") this.object();
    else if (c === "[") this.array();
    else if (c === '"') this.string();
    else if (c === "-" || DIGIT.test(c)) this.number();
    else if (c === "t") this.literal("true");
    else if (c === "f") this.literal("false");
    else if (c === "n") this.literal("null");
    else this.fail();
  }

  private object(): void {
    this.i++;
    this.whitespace();
    if (this.text.charAt(this.i) === "}") {
      this.i++;
      return;
    }
    for (;;) {
      this.whitespace();
      if (this.text.charAt(this.i) !== '"') this.fail();
      this.string();
      this.whitespace();
      this.expect(":");
      this.value();
      this.whitespace();
      const c = this.text.charAt(this.i);
      if (c === ",") this.i++;
      else if (c === "}") {
        this.i++;
        return;
      } else this.fail();
    }
  }

  private array(): void {
    this.i++;
    this.whitespace();
    if (this.text.charAt(this.i) === "]") {
      this.i++;
      return;
    }
    for (;;) {
      this.value();
      this.whitespace();
      const c = this.text.charAt(this.i);
      if (c === ",") this.i++;
      else if (c === "]") {
        this.i++;
        return;
      } else this.fail();
    }
  }

  private string(): void {
    this.i++;
    while (this.i < this.text.length) {
      const c = this.text.charAt(this.i);
      if (c === '"') {
        this.i++;
        return;
      }
      if (c === "\\") {
        const next = this.text.charAt(this.i + 1);
        if (SIMPLE_ESCAPES.has(next)) this.i += 2;
        else if (next === "u") {
          for (let k = 2; k < 6; k++)
            if (!HEX.test(this.text.charAt(this.i + k))) this.fail(this.i + k);
          this.i += 6;
        } else this.fail(this.i + 1);
      } else if (c.charCodeAt(0) < 0x20) this.fail();
      else this.i++;
    }
    this.fail();
  }

  private digits(): void {
    if (!DIGIT.test(this.text.charAt(this.i))) this.fail();
    while (DIGIT.test(this.text.charAt(this.i))) this.i++;
  }

  private number(): void {
    if (this.text.charAt(this.i) === "-") this.i++;
    if (this.text.charAt(this.i) === "0") this.i++;
    else this.digits();
    if (this.text.charAt(this.i) === ".") {
      this.i++;
      this.digits();
    }
    const e = this.text.charAt(this.i);
    if (e === "e" || e === "E") {
      this.i++;
      const sign = this.text.charAt(this.i);
      if (sign === "+" || sign === "-") this.i++;
      this.digits();
    }
  }

  private literal(word: string): void {
    for (const char of word) this.expect(char);
  }
}
