import { pinyin } from "pinyin-pro";
import type { ViewerGraph } from "./graph/load.js";

/** One node's searchable forms: names and aliases, their pinyin in full and as initials. */
interface Entry {
  node: string;
  label: string;
  names: string[];
  pinyins: string[];
}

/** Search over names (any part), aliases (traditional too) and pinyin (longgang, lgq). */
export class EntitySearch {
  private readonly entries: Entry[];

  constructor(graph: ViewerGraph) {
    this.entries = graph.mapNodes((node, a) => {
      const names = [a.label, ...a.aliases];
      const pinyins = names.flatMap((name) => {
        const full = pinyin(name, { toneType: "none", type: "array" }).join("").toLowerCase();
        const initials = pinyin(name, { pattern: "first", toneType: "none", type: "array" }).join("").toLowerCase();
        return [full, initials];
      });
      return { node, label: a.label, names, pinyins };
    });
  }

  /** Nodes matching the query, best first: exact name, name start, name part, pinyin start, pinyin part. */
  find(query: string, limit = 12): { node: string; label: string }[] {
    const q = query.trim().toLowerCase().replace(/\s+/g, "");
    if (!q) return [];
    const scored: { entry: Entry; score: number }[] = [];
    for (const entry of this.entries) {
      let score = 0;
      if (entry.names.some((n) => n === q)) score = 5;
      else if (entry.names.some((n) => n.startsWith(q))) score = 4;
      else if (entry.names.some((n) => n.includes(q))) score = 3;
      else if (/^[a-z]+$/.test(q) && entry.pinyins.some((p) => p.startsWith(q))) score = 2;
      else if (/^[a-z]+$/.test(q) && q.length >= 3 && entry.pinyins.some((p) => p.includes(q))) score = 1;
      if (score > 0) scored.push({ entry, score });
    }
    scored.sort((a, b) => b.score - a.score || a.entry.label.length - b.entry.label.length || (a.entry.label < b.entry.label ? -1 : 1));
    return scored.slice(0, limit).map(({ entry }) => ({ node: entry.node, label: entry.label }));
  }
}
