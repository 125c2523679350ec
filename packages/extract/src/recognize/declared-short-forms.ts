import { candidate, type Candidate } from "./candidate.js";

/**
 * A short form the article declares right after a full name: 甲投资集团有限公司（以下简称“甲投”）,
 * 乙县乡村振兴促进会（简称乙促会）, （下称“丙中心”）. The short name, quoted or not. (A name in brackets
 * alone is declared too: see bracketedShortForm.)
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
    const bracketed = match ? undefined : bracketedShortForm(text, full, selected);
    const short = match?.[1] ?? bracketed;
    if (!short || short === full.name || short.length >= full.text.length) continue;
    // A declaration names what follows it; a short form in brackets is the body's usual name, before it too.
    for (let at = text.indexOf(short, bracketed ? 0 : full.end); at >= 0; at = text.indexOf(short, at + short.length)) {
      if (at >= full.start && at < full.end) continue;
      found.push(candidate({ start: at, end: at + short.length, text: short, type: full.type, name: full.name, priority: 8, confidence: full.confidence }));
    }
    // 甲市乙镇侨联 elsewhere: the short form after its place.
    if (bracketed) {
      for (const other of selected) {
        const prefix = other.text.slice(0, -short.length);
        if (other.type === full.type && other.text.endsWith(short) && PLACE_PREFIX.test(prefix)) {
          found.push(candidate({ start: other.start, end: other.end, text: other.text, type: full.type, name: full.name, priority: 8, confidence: full.confidence }));
        }
      }
    }
  }
  return found;
}

/** What a place's name before a short form looks like (甲市, 甲市乙区). */
const PLACE_PREFIX = /^\p{Script=Han}{1,8}[省市县区州旗盟]$/u;

/** Types that give their usual short form in brackets after the full name (not bodies: 县委（县政府）办公室 are two). */
const BRACKETED_TYPES: ReadonlySet<string> = new Set(["company", "organization", "school", "hospital", "park"]);

/**
 * 甲镇归侨侨眷联合会（甲镇侨联）: a name of the same type standing alone in brackets right after the
 * full name is its short form.
 */
function bracketedShortForm(text: string, full: Candidate, selected: Candidate[]): string | undefined {
  if (!BRACKETED_TYPES.has(full.type) || !/[（(]/.test(text[full.end] ?? "")) return undefined;
  const inner = selected.find((c) => c.start === full.end + 1 && c.type === full.type && !c.places && /[）)]/.test(text[c.end] ?? ""));
  return inner?.text;
}
