import { NATIONAL_BODIES } from "../lexicons/national-bodies.js";
import type { Candidate } from "./candidate.js";

const LONGEST_FIRST = [...NATIONAL_BODIES].sort((a, b) => b.length - a.length);

/** Central bodies from the lexicon (党中央, 国务院, 国务院扶贫办). */
export function findNationalBodies(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < text.length; i++) {
    const name = LONGEST_FIRST.find((body) => text.startsWith(body, i));
    if (!name) continue;
    found.push({ start: i, end: i + name.length, text: name, type: "government", name, priority: 6, confidence: 0.95 });
    i += name.length - 1;
  }
  return found;
}
