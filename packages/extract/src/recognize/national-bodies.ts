import { CENTRAL_MEDIA, NATIONAL_BODIES, NATIONAL_ORGANIZATIONS } from "../lexicons/national-bodies.js";
import { candidate, type Candidate } from "./candidate.js";
import { WordIndex } from "./word-index.js";

const BODY_INDEX = new WordIndex([...NATIONAL_BODIES, ...CENTRAL_MEDIA]);

/**
 * Central bodies and media from the lexicon (党中央, 国务院扶贫办, 人民日报), longest first, in one pass; and a
 * medium named in a dateline (天山网讯 → 天山网).
 */
export function findNationalBodies(text: string): Candidate[] {
  const found: Candidate[] = BODY_INDEX.scan(text).map(({ start, end, word }) =>
    candidate({
      start,
      end,
      text: word,
      type: NATIONAL_ORGANIZATIONS.has(word) ? "organization" : "government",
      name: word,
      priority: 6,
      confidence: 0.95,
    }),
  );
  for (const match of text.matchAll(/(?<![\p{Script=Han}])(\p{Script=Han}{2,8}?(?:网|报|台))讯/gu)) {
    const name = match[1]!;
    if (/^本/.test(name)) continue; // 本报讯, 本台讯: the paper itself, named elsewhere
    found.push(candidate({ start: match.index, end: match.index + name.length, text: name, type: "organization", name, priority: 6, confidence: 0.85 }));
  }
  return found;
}
