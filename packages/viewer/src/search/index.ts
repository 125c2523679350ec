import { pinyin } from "pinyin-pro";
import type { ViewerGraph } from "../graph/load.js";

/** One node's searchable forms, computed once per graph. */
interface Entry {
  node: string;
  label: string;
  /** Where it is (深圳市 › 龙岗区's parents), shown beside the label to tell namesakes apart. */
  context: string;
  /** Label, aliases (traditional too) and the label prefixed with its place path (深圳市龙岗区). */
  names: string[];
  /** Full pinyin and initials of label and aliases, lower case without spaces or tones. */
  pinyins: string[];
}

/** A search result. */
export interface SearchHit {
  node: string;
  label: string;
  context: string;
}

const LATIN = /^[a-z]+$/;

/** Lower case, no spaces, NFKC (full-width letters typed with a Chinese IME become ASCII). */
export function normalizeQuery(query: string): string {
  return query.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, "");
}

/** Full pinyin and initials of a Chinese name: 龙岗区 → ["longgangqu", "lgq"]. */
export function pinyinForms(name: string): [string, string] {
  const full = pinyin(name, { toneType: "none", type: "array", nonZh: "consecutive" }).join("").toLowerCase();
  const initials = pinyin(name, { pattern: "first", toneType: "none", type: "array", nonZh: "consecutive" }).join("").toLowerCase();
  return [full.replace(/\s+/g, ""), initials.replace(/\s+/g, "")];
}

/**
 * Search over any part of a Chinese name, any alias (traditional too: 龍崗) and pinyin in full
 * or as initials (longgang, lgq). Pinyin is computed lazily on the first search, so opening a
 * big graph does not wait for it.
 */
export class EntitySearch {
  /** Every node's entry; names first, pinyin filled in by `prepareSome` (up to `pinyinDone`). */
  private entries: Entry[] | null = null;
  private pinyinDone = 0;

  constructor(private readonly graph: ViewerGraph) {}

  /** Builds the index now (otherwise the first `find` does what it needs). */
  prepare(): void {
    while (!this.prepareSome(Infinity));
  }

  /**
   * Builds part of the index, for about `budgetMs` of work; true when it is complete. Names are
   * quick; pinyin for 70,000 names takes seconds, so it is done in slices while the page is idle
   * and clicks and hovers stay quick. A search in Chinese characters needs only the names.
   */
  prepareSome(budgetMs: number): boolean {
    const entries = this.names();
    const end = performance.now() + budgetMs;
    while (this.pinyinDone < entries.length) {
      const entry = entries[this.pinyinDone++]!;
      const a = this.graph.getNodeAttributes(entry.node);
      entry.pinyins = [...new Set([a.label, ...a.aliases].flatMap(pinyinForms))].filter(Boolean);
      if (this.pinyinDone % 200 === 0 && performance.now() > end) return false;
    }
    return true;
  }

  /** Every node's names (pinyin still empty until `prepareSome` reaches it). */
  private names(): Entry[] {
    return (this.entries ??= this.graph.mapNodes((node, a) => {
      const names = [...new Set([a.label, ...a.aliases, a.placePath.length ? `${a.placePath.join("")}${a.label}` : ""].filter(Boolean).map(normalizeQuery))];
      return { node, label: a.label, context: a.placePath.join(" › "), names, pinyins: [] };
    }));
  }

  /** Nodes matching the query, best first: exact name, name start, name part, pinyin start, pinyin part; shorter names first. */
  find(query: string, limit = 12): SearchHit[] {
    const q = normalizeQuery(query);
    if (!q) return [];
    const latin = LATIN.test(q);
    // Latin letters are pinyin: every name's is needed now.
    if (latin) this.prepare();
    else this.names();
    const scored: { entry: Entry; score: number }[] = [];
    for (const entry of this.entries!) {
      let score = 0;
      if (entry.names.some((n) => n === q)) score = 6;
      else if (entry.names.some((n) => n.startsWith(q))) score = 5;
      else if (entry.names.some((n) => n.includes(q))) score = 4;
      else if (latin && entry.pinyins.some((p) => p === q)) score = 3;
      else if (latin && entry.pinyins.some((p) => p.startsWith(q))) score = 2;
      // Pinyin in the middle of a name only from three letters: "an" would match half the graph.
      else if (latin && q.length >= 3 && entry.pinyins.some((p) => p.includes(q))) score = 1;
      if (score > 0) scored.push({ entry, score });
    }
    scored.sort((a, b) => b.score - a.score || a.entry.label.length - b.entry.label.length || (a.entry.label < b.entry.label ? -1 : a.entry.label > b.entry.label ? 1 : 0));
    return scored.slice(0, limit).map(({ entry }) => ({ node: entry.node, label: entry.label, context: entry.context }));
  }
}
