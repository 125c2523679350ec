import { ancestorCodes, isAncestorCode, type Place, type PlaceName } from "../gazetteer/index.js";
import type { Candidate } from "../recognize/index.js";

/** A place mention with the gazetteer place it was decided to be (or none, if undecidable). */
export interface PlaceDecision {
  candidate: Candidate;
  place?: Place;
  /** A short form nothing else in the article supports (七星 in 七星伴月): not a place here. */
  dropped?: boolean;
}

/**
 * Decides which place each ambiguous name means from the unambiguous places of the same
 * article: 城厢镇 is the one whose county the article also names, 南山 the district of
 * the city it names. When the context does not single one out, the mention stays unlinked.
 */
export function resolvePlaces(candidates: Candidate[]): PlaceDecision[] {
  const anchors = new Set<string>();
  for (const candidate of candidates) {
    const readings = candidate.places ?? [];
    if (readings.length === 1) {
      const code = readings[0]!.place.code;
      anchors.add(code);
      for (const ancestor of ancestorCodes(code)) anchors.add(ancestor);
    }
  }
  const counts = new Map<string, number>();
  for (const candidate of candidates) counts.set(candidate.text, (counts.get(candidate.text) ?? 0) + 1);
  return candidates
    .filter((candidate) => candidate.places !== undefined)
    .map((candidate) => {
      const place = choose(candidate.places!, anchors);
      const dropped = isUnsupportedShortForm(candidate, place, candidates, counts);
      return dropped ? { candidate, dropped } : { candidate, place };
    });
}

/**
 * A district's or county's short form (七星, 凌云) is taken for the place only when the
 * article backs it: another place of the same city, or the name used more than once.
 */
function isUnsupportedShortForm(
  candidate: Candidate,
  place: Place | undefined,
  candidates: Candidate[],
  counts: Map<string, number>,
): boolean {
  const readings = candidate.places!;
  if (readings.length === 0 || !readings.every((r) => r.short && r.place.level === "area")) return false;
  const code = place?.code ?? readings[0]!.place.code;
  const anchoredWithin = (prefix: string) =>
    candidates.some((other) => other.text !== candidate.text && other.places?.length === 1 && other.places[0]!.place.code.startsWith(prefix));
  // Used more than once, it needs at least its province named; once, its city.
  return (counts.get(candidate.text) ?? 0) > 1 ? !anchoredWithin(code.slice(0, 2)) : !anchoredWithin(code.slice(0, 4));
}

function choose(readings: readonly PlaceName[], anchors: Set<string>): Place | undefined {
  if (readings.length === 0) return undefined;
  if (readings.length === 1) return readings[0]!.place;
  const scored = readings.map((reading) => ({ place: reading.place, score: contextScore(reading, anchors) }));
  scored.sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (best!.score > 0 && best!.score > second!.score) return best!.place;
  return undefined;
}

/** How much of the article's other geography agrees with this reading. */
function contextScore(reading: PlaceName, anchors: Set<string>): number {
  const code = reading.place.code;
  let score = reading.short ? 0 : 0.1;
  for (const anchor of anchors) {
    if (anchor === code) continue;
    if (isAncestorCode(anchor, code)) score += anchor.length >= 4 ? 3 : 1;
    else if (isAncestorCode(code, anchor)) score += 2;
  }
  return score;
}
