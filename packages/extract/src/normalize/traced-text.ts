import { endianness } from "node:os";

const LITTLE_ENDIAN = endianness() === "LE";

/**
 * Text assembled from pieces of the original file, remembering for each character the
 * span of the original it came from (so every later offset can be mapped back).
 *
 * Stored as typed arrays (10 bytes per UTF-16 unit) rather than arrays of strings and numbers,
 * so that a text of tens of megabytes, copied by each normalization step, stays in bounded memory.
 */
export class TracedText {
  private units = new Uint16Array(16);
  private startOf = new Int32Array(16);
  private endOf = new Int32Array(16);
  private count = 0;
  private text: string | undefined;

  /** Appends characters that stand for `original[start, end)` one for one. */
  appendVerbatim(text: string, originalStart: number): void {
    this.reserve(text.length);
    const { units, startOf, endOf } = this;
    const at = this.count;
    for (let i = 0; i < text.length; i++) {
      units[at + i] = text.charCodeAt(i);
      startOf[at + i] = originalStart + i;
      endOf[at + i] = originalStart + i + 1;
    }
    this.count += text.length;
    this.text = undefined;
  }

  /** Appends one character (or a surrogate pair, or several) that stands for a span of the original. */
  push(char: string, originalStart: number, originalEnd: number): void {
    this.reserve(char.length);
    for (let i = 0; i < char.length; i++) this.pushUnit(char.charCodeAt(i), originalStart, originalEnd);
  }

  /** Appends a separator that has no source of its own (a line break between blocks). */
  appendBreak(at: number): void {
    if (this.count > 0 && this.units[this.count - 1] !== 0x0a) this.push("\n", at, at);
  }

  get length(): number {
    return this.count;
  }

  charAt(i: number): string {
    return i >= 0 && i < this.count ? String.fromCharCode(this.units[i]!) : "";
  }

  originalStart(i: number): number {
    return this.startOf[i]!;
  }

  originalEnd(i: number): number {
    return this.endOf[i]!;
  }

  /** Where each character's source starts in the original (a copy). */
  originalStarts(): Int32Array {
    return this.startOf.slice(0, this.count);
  }

  /** Where each character's source ends in the original (a copy). */
  originalEnds(): Int32Array {
    return this.endOf.slice(0, this.count);
  }

  toString(): string {
    if (this.text === undefined) {
      // Node decodes UTF-16 LE keeping lone surrogates as they are; typed arrays use the host's byte order.
      if (LITTLE_ENDIAN) this.text = Buffer.from(this.units.buffer, this.units.byteOffset, this.count * 2).toString("utf16le");
      else {
        const pieces: string[] = [];
        for (let at = 0; at < this.count; at += 4096) pieces.push(String.fromCharCode(...this.units.subarray(at, Math.min(at + 4096, this.count))));
        this.text = pieces.join("");
      }
    }
    return this.text;
  }

  /** The lines of the text, each with the index of its first character. */
  lines(): { text: string; start: number }[] {
    const lines: { text: string; start: number }[] = [];
    let start = 0;
    for (const line of this.toString().split("\n")) {
      lines.push({ text: line, start });
      start += line.length + 1;
    }
    return lines;
  }

  /** A new traced text with each character replaced (by any number of characters, with the same source). */
  map(replace: (char: string, index: number) => string): TracedText {
    const out = new TracedText();
    out.reserve(this.count);
    const { units, startOf, endOf, count } = this;
    for (let i = 0; i < count; i++) {
      const replaced = replace(String.fromCharCode(units[i]!), i);
      if (replaced.length === 1) out.pushUnit(replaced.charCodeAt(0), startOf[i]!, endOf[i]!);
      else out.push(replaced, startOf[i]!, endOf[i]!);
    }
    return out;
  }

  /** A new traced text with only the characters whose index passes `keep`. */
  filter(keep: (index: number) => boolean): TracedText {
    const out = new TracedText();
    out.reserve(this.count);
    const { units, startOf, endOf, count } = this;
    const [toUnits, toStarts, toEnds] = [out.units, out.startOf, out.endOf];
    let n = 0;
    for (let i = 0; i < count; i++) {
      if (!keep(i)) continue;
      toUnits[n] = units[i]!;
      toStarts[n] = startOf[i]!;
      toEnds[n] = endOf[i]!;
      n++;
    }
    out.count = n;
    return out;
  }

  private pushUnit(unit: number, originalStart: number, originalEnd: number): void {
    if (this.count === this.units.length) this.reserve(1);
    this.units[this.count] = unit;
    this.startOf[this.count] = originalStart;
    this.endOf[this.count] = originalEnd;
    this.count++;
    this.text = undefined;
  }

  /** Makes room for `more` units (grows by half again, so appends stay linear). */
  private reserve(more: number): void {
    const needed = this.count + more;
    if (needed <= this.units.length) return;
    const capacity = Math.max(needed, Math.ceil(this.units.length * 1.5));
    const grow = <T extends Uint16Array | Int32Array>(array: T, make: (n: number) => T): T => {
      const bigger = make(capacity);
      bigger.set(array.subarray(0, this.count));
      return bigger;
    };
    this.units = grow(this.units, (n) => new Uint16Array(n));
    this.startOf = grow(this.startOf, (n) => new Int32Array(n));
    this.endOf = grow(this.endOf, (n) => new Int32Array(n));
  }
}
