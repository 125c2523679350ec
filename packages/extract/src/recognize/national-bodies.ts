import { NATIONAL_BODIES } from "../lexicons/national-bodies.js";
import type { Candidate } from "./candidate.js";
import { WordIndex } from "./word-index.js";

const BODY_INDEX = new WordIndex(NATIONAL_BODIES);

/** Central bodies from the lexicon (党中央, 国务院, 国务院扶贫办), longest first, in one pass. */
export function findNationalBodies(text: string): Candidate[] {
  return BODY_INDEX.scan(text).map(({ start, end, word }) => ({
    start,
    end,
    text: word,
    type: "government" as const,
    name: word,
    priority: 6,
    confidence: 0.95,
  }));
}
