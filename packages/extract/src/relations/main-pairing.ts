import type { Finding } from "./context.js";

/** The levels of the places an article's own pairing joins: cities, districts and counties. */
const MAIN_LEVELS: ReadonlySet<string> = new Set(["city", "district", "county"]);

/**
 * The pairing an article is about when it states several: the one pairing of two cities,
 * districts or counties, beside the pairings of their towns, villages and bodies and the pair of
 * provinces its cooperation is named for (晋江市与隆德县结对…陈埭镇与沙塘镇结对…闽宁协作). None
 * when it states two such pairings.
 */
export function mainPlacePairing(pairings: Finding[]): Finding | undefined {
  const main = pairings.filter((p) => p.rule !== "pairs.abbreviations" && MAIN_LEVELS.has(p.source.entity.type) && MAIN_LEVELS.has(p.target.entity.type));
  const first = main[0];
  if (!first || main.some((p) => p.source.entity.id !== first.source.entity.id || p.target.entity.id !== first.target.entity.id)) return undefined;
  return first;
}
