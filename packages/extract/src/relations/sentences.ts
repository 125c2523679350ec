/** A sentence of the body with its offsets. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Splits a body into sentences at 。！？； and line breaks, keeping offsets. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (i === text.length || ch === "\n" || "。！？!?；;".includes(ch!)) {
      const end = i === text.length || ch === "\n" ? i : i + 1;
      if (text.slice(start, end).trim()) sentences.push({ text: text.slice(start, end), start, end });
      start = i + 1;
    }
  }
  return sentences;
}

/** Offsets where clauses begin inside a sentence (after ，, 、 is not a clause break). */
export function clauseOf(text: string, at: number): [number, number] {
  let start = at;
  while (start > 0 && !"，,。！？；;\n：:".includes(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && !"，,。！？；;\n".includes(text[end]!)) end++;
  return [start, end];
}
