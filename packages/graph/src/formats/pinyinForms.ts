import { pinyin } from "pinyin-pro";

/**
 * The pinyin search matches names by: the build writes it into viewer.json (so the page never
 * works it out for a big graph), and the page works it out in a worker for a file without it
 * (graph.json, GEXF). Reads nothing but pinyin-pro: the page imports it as `@xiezuo/graph/pinyin`.
 */

/** Full pinyin and initials of a Chinese name: 龙岗区 → ["longgangqu", "lgq"]. */
export function pinyinForms(name: string): [string, string] {
  const full = pinyin(name, { toneType: "none", type: "array", nonZh: "consecutive" }).join("").toLowerCase();
  const initials = pinyin(name, { pattern: "first", toneType: "none", type: "array", nonZh: "consecutive" }).join("").toLowerCase();
  return [full.replace(/\s+/g, ""), initials.replace(/\s+/g, "")];
}

/** The distinct pinyin forms (full and initials) of an entity's names: its label and aliases. */
export function pinyinOfNames(names: string[]): string[] {
  return [...new Set(names.flatMap(pinyinForms))].filter(Boolean);
}
