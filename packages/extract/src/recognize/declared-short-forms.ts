import { candidate, type Candidate } from "./candidate.js";

/**
 * A short form the article declares right after a full name: 甲投资集团有限公司（以下简称“甲投”）,
 * 乙县乡村振兴促进会（简称乙促会）, （下称“丙中心”）. The short name, quoted or not.
 */
const DECLARATION = /^[（(](?:以下|下文)?(?:简称|下称|称)[为：:]?[“"「『]?([\p{Script=Han}A-Za-z0-9]{2,12}?)[”"」』]?[）)]/u;

/** Types whose short forms are declared this way (people and places have their own short forms). */
const DECLARED_TYPES: ReadonlySet<string> = new Set(["company", "organization", "government", "school", "hospital", "park"]);

/**
 * Every occurrence of a declared short form, as a mention of the full name before the
 * declaration (so both are one entity), at a priority above what the head-word rules read
 * into the short form alone (开投集团 as a firm of its own).
 */
export function findDeclaredShortForms(text: string, selected: Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  for (const full of selected) {
    if (full.places || !DECLARED_TYPES.has(full.type)) continue;
    const match = DECLARATION.exec(text.slice(full.end, full.end + 24));
    const short = match?.[1];
    if (!short || short === full.name || short.length >= full.text.length) continue;
    for (let at = text.indexOf(short, full.end); at >= 0; at = text.indexOf(short, at + short.length)) {
      found.push(candidate({ start: at, end: at + short.length, text: short, type: full.type, name: full.name, priority: 8, confidence: full.confidence }));
    }
  }
  return found;
}
