import type { ViewerGraph } from "../graph/load.js";
import { runNow, type Steps } from "../util/steps.js";

/** One node's searchable forms, computed once per graph. */
interface Entry {
  node: string;
  label: string;
  /** Where it is (深圳市 › 龙岗区's parents), shown beside the label to tell namesakes apart. */
  context: string;
  /** Label, aliases (traditional too) and the label prefixed with its place path (深圳市龙岗区). */
  names: string[];
  /** `names` joined by a character no query holds: one `includes` tells whether any of them can match. */
  nameText: string;
  /** Full pinyin and initials of label and aliases, lower case without spaces or tones, joined by spaces (no query holds one). */
  pinyinText: string;
}

/** An entry's pinyin forms, one by one (only for the few entries whose joined text holds the query). */
const pinyinsOf = (entry: Entry): string[] => entry.pinyinText.split(" ");

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

/**
 * Search over any part of a Chinese name, any alias (traditional too: 龍崗) and pinyin in full
 * or as initials (longgang, lgq). The names are indexed on the first search; pinyin comes with
 * the file (`pinyin`: a build's viewer.json has it, a line per node in node order) or from
 * outside (`addPinyin`: a worker works it out, see pinyinWorker.ts), and until it has come a
 * query in Latin letters is matched against the names only, never waiting for it.
 */
export class EntitySearch {
  /** Every node's entry; names first, pinyin from the file or filled in by `addPinyin`. */
  private entries: Entry[] | null = null;
  private pinyinCount = 0;

  constructor(
    private readonly graph: ViewerGraph,
    private readonly pinyin: readonly string[] | null = null,
  ) {}

  /** Each entity's names to work pinyin out of (label and aliases), in the index's order. */
  pinyinSources(): string[][] {
    return this.names().map((entry) => {
      const a = this.graph.getNodeAttributes(entry.node);
      return [a.label, ...a.aliases];
    });
  }

  /** Puts in the pinyin forms of the entries from `start` on (as `pinyinSources` lists them). */
  addPinyin(start: number, forms: string[][]): void {
    const entries = this.names();
    forms.forEach((list, i) => {
      const entry = entries[start + i];
      if (!entry || !Array.isArray(list)) return;
      entry.pinyinText = list.filter((form) => typeof form === "string" && form !== "").map((form) => form.replace(/\s+/g, "")).join(" ");
    });
    this.pinyinCount = Math.max(this.pinyinCount, Math.min(entries.length, start + forms.length));
  }

  /** Whether every entry has its pinyin. */
  get pinyinReady(): boolean {
    // The index first: building it takes the file's pinyin.
    const count = this.names().length;
    return this.pinyinCount >= count;
  }

  /** Every node's names (pinyin still empty until `addPinyin` reaches it). */
  private names(): Entry[] {
    return (this.entries ??= runNow(this.indexSteps()));
  }

  /** Builds the index of names (once) as steps that may pause (util/steps.ts); the page runs it in slices before a big graph is shown. */
  *indexSteps(): Steps<Entry[]> {
    if (this.entries) return this.entries;
    const entries: Entry[] = [];
    // The file's pinyin goes with the nodes in its order; a graph of another size is not the one it was written for.
    const pinyin = this.pinyin?.length === this.graph.order ? this.pinyin : null;
    for (const { node, attributes: a } of this.graph.nodeEntries()) {
      if ((entries.length & 255) === 255) yield;
      const names = [...new Set([a.label, ...a.aliases, a.placePath.length ? `${a.placePath.join("")}${a.label}` : ""].filter(Boolean).map(normalizeQuery))];
      entries.push({ node, label: a.label, context: a.placePath.join(" › "), names, nameText: names.join("\n"), pinyinText: pinyin?.[entries.length] ?? "" });
    }
    // A sliced run and a search that needed the index meanwhile give the same entries: the first stays.
    if (!this.entries && pinyin) this.pinyinCount = entries.length;
    return (this.entries ??= entries);
  }

  /** Nodes matching the query, best first: exact name, name start, name part, pinyin start, pinyin part; shorter names first. */
  find(query: string, limit = 12): SearchHit[] {
    const q = normalizeQuery(query);
    if (!q) return [];
    const latin = LATIN.test(q);
    this.names();
    const scored: { entry: Entry; score: number }[] = [];
    // Most entries match nothing: one `includes` on their joined names (and pinyin) passes over them.
    for (const entry of this.entries!) {
      let score = 0;
      if (entry.nameText.includes(q)) {
        if (entry.names.some((n) => n === q)) score = 6;
        else if (entry.names.some((n) => n.startsWith(q))) score = 5;
        else score = 4;
      } else if (latin && entry.pinyinText.includes(q)) {
        const pinyins = pinyinsOf(entry);
        if (pinyins.some((p) => p === q)) score = 3;
        else if (pinyins.some((p) => p.startsWith(q))) score = 2;
        // Pinyin in the middle of a name only from three letters: "an" would match half the graph.
        else if (q.length >= 3) score = 1;
      }
      if (score > 0) scored.push({ entry, score });
    }
    scored.sort((a, b) => b.score - a.score || a.entry.label.length - b.entry.label.length || (a.entry.label < b.entry.label ? -1 : a.entry.label > b.entry.label ? 1 : 0));
    return scored.slice(0, limit).map(({ entry }) => ({ node: entry.node, label: entry.label, context: entry.context }));
  }
}
