/**
 * Text assembled from pieces of the original file, remembering for each character the
 * span of the original it came from (so every later offset can be mapped back).
 */
export class TracedText {
  private readonly chars: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** Appends characters that stand for `original[start, end)` one for one. */
  appendVerbatim(text: string, originalStart: number): void {
    for (let i = 0; i < text.length; i++) this.push(text[i]!, originalStart + i, originalStart + i + 1);
  }

  /** Appends one character (or a surrogate pair) that stands for a span of the original. */
  push(char: string, originalStart: number, originalEnd: number): void {
    for (const unit of char) {
      for (let i = 0; i < unit.length; i++) {
        this.chars.push(unit[i]!);
        this.starts.push(originalStart);
        this.ends.push(originalEnd);
      }
    }
  }

  /** Appends a separator that has no source of its own (a line break between blocks). */
  appendBreak(at: number): void {
    if (this.chars.length > 0 && this.chars[this.chars.length - 1] !== "\n") this.push("\n", at, at);
  }

  get length(): number {
    return this.chars.length;
  }

  charAt(i: number): string {
    return this.chars[i]!;
  }

  originalStart(i: number): number {
    return this.starts[i]!;
  }

  originalEnd(i: number): number {
    return this.ends[i]!;
  }

  toString(): string {
    return this.chars.join("");
  }

  /** The lines of the text, each with the index of its first character. */
  lines(): { text: string; start: number }[] {
    const text = this.toString();
    const lines: { text: string; start: number }[] = [];
    let start = 0;
    for (const line of text.split("\n")) {
      lines.push({ text: line, start });
      start += line.length + 1;
    }
    return lines;
  }

  /** A new traced text with each character replaced (same count, same sources). */
  map(replace: (char: string, index: number) => string): TracedText {
    const out = new TracedText();
    for (let i = 0; i < this.chars.length; i++) {
      const replaced = replace(this.chars[i]!, i);
      for (let k = 0; k < replaced.length; k++) out.chars.push(replaced[k]!), out.starts.push(this.starts[i]!), out.ends.push(this.ends[i]!);
    }
    return out;
  }

  /** A new traced text with only the characters whose index passes `keep`. */
  filter(keep: (index: number) => boolean): TracedText {
    const out = new TracedText();
    for (let i = 0; i < this.chars.length; i++) if (keep(i)) out.push(this.chars[i]!, this.starts[i]!, this.ends[i]!);
    return out;
  }
}
