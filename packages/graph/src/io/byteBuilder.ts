/**
 * A growing buffer of UTF-8 bytes, text and ready bytes appended as they come: a file made of
 * pieces (some of them stored JSON, never decoded) is written from it without joining strings.
 * Reused after `clear`, so its memory is allocated once for many files.
 */
export class ByteBuilder {
  private buffer: Buffer;
  private used = 0;

  constructor(initialBytes = 1 << 16) {
    this.buffer = Buffer.allocUnsafe(initialBytes);
  }

  /** Appends text as UTF-8. */
  text(text: string): void {
    // A UTF-16 unit takes at most 3 bytes of UTF-8 (a surrogate pair, two units, takes 4).
    this.reserve(text.length * 3);
    this.used += this.buffer.write(text, this.used, "utf8");
  }

  /** Appends bytes (UTF-8 already). */
  bytes(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.buffer.set(bytes, this.used);
    this.used += bytes.length;
  }

  /** Bytes appended since the last `clear`; set by a loop that wrote into `room`'s buffer itself. */
  get length(): number {
    return this.used;
  }

  set length(length: number) {
    if (length < 0 || length > this.buffer.length) throw new RangeError(`@xiezuo/graph/ByteBuilder: a length of ${length} is outside its buffer of ${this.buffer.length} bytes.`);
    this.used = length;
  }

  /**
   * The buffer, with room for `extra` more bytes after `length`, for a loop that writes bytes one
   * at a time (cheaper than a call per small piece) and then sets `length`. Valid until the next
   * append or `room`.
   */
  room(extra: number): Buffer {
    this.reserve(extra);
    return this.buffer;
  }

  /** What has been appended since the last `clear` (a view: valid until the next append or clear). */
  view(): Buffer {
    return this.buffer.subarray(0, this.used);
  }

  clear(): void {
    this.used = 0;
  }

  private reserve(extra: number): void {
    if (this.used + extra <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.used + extra));
    this.buffer.copy(grown, 0, 0, this.used);
    this.buffer = grown;
  }
}

/** The length in UTF-16 units (a JavaScript string's `length`) of the text these UTF-8 bytes encode. */
export function utf16Length(bytes: Uint8Array): number {
  let length = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    // Every byte but a continuation byte starts a character; one of four bytes is beyond the BMP, a surrogate pair.
    if ((byte & 0xc0) !== 0x80) length += byte >= 0xf0 ? 2 : 1;
  }
  return length;
}
