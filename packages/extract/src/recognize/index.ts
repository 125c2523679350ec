import type { Gazetteer } from "../gazetteer/index.js";
import type { Token } from "../segment/index.js";
import { selectNonOverlapping, type Candidate } from "./candidate.js";
import { findGovernments } from "./governments.js";
import { findNationalBodies } from "./national-bodies.js";
import { findOrganizations } from "./organizations.js";
import { findPersons } from "./persons.js";
import { findPlaceNames, findProvinceAbbreviations } from "./places.js";
import { findRepeats } from "./repeats.js";
import { findVillages } from "./villages.js";

export type { Candidate } from "./candidate.js";

/**
 * Every entity mention of one body, overlaps settled (the longest span wins, so 南山小学
 * is a school and not the place 南山): places, villages, governments, organisations,
 * people, then the later occurrences of the names found.
 */
export function recognize(text: string, tokens: Token[], gazetteer: Gazetteer, known: Candidate[] = []): Candidate[] {
  const places = [...findPlaceNames(text, tokens, gazetteer), ...findProvinceAbbreviations(text, gazetteer)];
  const candidates = [
    ...places,
    ...findVillages(text, places, gazetteer),
    ...findGovernments(text, places),
    ...findNationalBodies(text),
    ...findOrganizations(text, tokens),
    ...findPersons(text, tokens),
    ...known,
  ];
  const first = selectNonOverlapping(candidates);
  const selected = selectNonOverlapping([...first, ...findRepeats(text, tokens, first)]);
  return [...selected, ...placesInsideNames(selected, places)].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The places named inside selected organisation names: the article names them too. */
function placesInsideNames(selected: Candidate[], places: Candidate[]): Candidate[] {
  const names = selected.filter((c) => !c.places);
  const inside = places.filter((p) => names.some((n) => n.start <= p.start && p.end <= n.end));
  return selectNonOverlapping(inside).map((p) => ({ ...p, nested: true }));
}
