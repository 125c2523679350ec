/**
 * Characters of body text extracted at once (segmented, recognized, resolved and related).
 * The longest article of the seeds and the dev set has under 4,000: an article is one window.
 * Some rules look across a whole body (a name's later short forms, the place named last), so a
 * window's cost grows faster than its length; windows this size keep a 40 MB text linear.
 */
export const WINDOW_CHARS = 20_000;

/** A stretch of a body, with where it starts in the body. */
export interface TextWindow {
  start: number;
  text: string;
}

/**
 * The body in windows of at most `size` characters, each cut after a line break (else after a
 * sentence end, else anywhere but inside a surrogate pair), so that a text of tens of megabytes is
 * extracted a window at a time, in bounded memory and time. A body shorter than `size` is
 * one window: articles are read exactly as before.
 */
export function textWindows(text: string, size = WINDOW_CHARS): TextWindow[] {
  const windows: TextWindow[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const half = start + Math.floor(size / 2);
      const lineEnd = text.lastIndexOf("\n", end - 1);
      const sentenceEnd = Math.max(text.lastIndexOf("。", end - 1), text.lastIndexOf("！", end - 1), text.lastIndexOf("？", end - 1));
      if (lineEnd >= half) end = lineEnd + 1;
      else if (sentenceEnd >= half) end = sentenceEnd + 1;
      else if (/[\uD800-\uDBFF]/.test(text[end - 1]!)) end--;
    }
    windows.push({ start, text: text.slice(start, end) });
    start = end;
  }
  return windows;
}
