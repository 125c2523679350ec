import { REPORTING_VERBS, TITLES } from "../lexicons/titles.js";
import { candidate, type Candidate } from "./candidate.js";
import { VERBS_AFTER_NAME } from "./chars.js";
import { WordIndex } from "./word-index.js";

/** The dots that join the parts of a transliterated name (艾尼瓦尔·吐尔逊), as pages write them. */
const DOTS = "·•・‧";
const PART = /^\p{Script=Han}{2,8}/u;
/** Words that end a name's last part when no mark does: 吐尔逊说, 买买提表示, 艾力等, 艾力书记. */
const AFTER_PART = new WordIndex([...REPORTING_VERBS, ...VERBS_AFTER_NAME, ...TITLES, "等", "一行", "同志", "先生", "女士", "带领", "陪同"]);
/** Single characters that open the sentence after a name (说, 在, 和…): a part ends before them. */
const AFTER_PART_CHARS: ReadonlySet<string> = new Set([..."说在和与是为向对将也还就率带及到赴来"]);
const MAX_PARTS = 4;
const TITLE_ENDS = new WordIndex(TITLES);

/**
 * Names of two to four parts joined by a dot (Uyghur, Kazakh, Tibetan and foreign names:
 * 艾尼瓦尔·吐尔逊, 买买提·艾力), which the person finder reads only up to the dot, or less
 * (jieba breaks the parts into words of the sentence): a person found at a part's start takes
 * the whole name. A part runs over Han characters up to a mark or to a word that follows names.
 */
export function withDottedNames(text: string, persons: Candidate[]): Candidate[] {
  return persons.map((person) => {
    // 副县长买买提·艾力: the finder may have read only a later part (艾力, a surname opening it).
    const start = DOTS.includes(text[person.start - 1] ?? "") ? (partStartBefore(text, person.start - 1) ?? person.start) : person.start;
    const end = dottedEnd(text, start);
    if (end === undefined || (end <= person.end && start === person.start)) return person;
    const surface = text.slice(start, Math.max(end, person.end));
    return candidate({ ...person, start, end: start + surface.length, text: surface, name: surface });
  });
}

/** Where the part before the dot at `dot` starts: after a mark, or after a title (副县长|买买提), the nearest such boundary. */
function partStartBefore(text: string, dot: number): number | undefined {
  for (let at = dot - 2; at >= Math.max(0, dot - 8); at--) {
    if (!/\p{Script=Han}/u.test(text[at]!)) return undefined;
    if (at === 0 || !/\p{Script=Han}/u.test(text[at - 1]!) || TITLE_ENDS.longestEndingAt(text, at)) return at;
  }
  return undefined;
}

/** The end of a dotted name starting at `start`, if one does. */
function dottedEnd(text: string, start: number): number | undefined {
  let end = partEnd(text, start);
  if (end === undefined) return undefined;
  let parts = 1;
  while (parts < MAX_PARTS && DOTS.includes(text[end] ?? "")) {
    const next = partEnd(text, end + 1);
    if (next === undefined) break;
    end = next;
    parts++;
  }
  return parts > 1 ? end : undefined;
}

/** Where one part starting at `start` ends: at the first mark, or before a word that follows names (two characters at least). */
function partEnd(text: string, start: number): number | undefined {
  const run = PART.exec(text.slice(start, start + 8));
  if (!run) return undefined;
  let end = start + run[0].length;
  for (let at = start + 2; at < end; at++) {
    if (AFTER_PART_CHARS.has(text[at]!)) {
      end = at;
      break;
    }
    const word = AFTER_PART.longestAt(text, at);
    if (word) {
      // 买买提出席: 提出 and 出席 overlap; the word that starts later follows the name, whose last character is 提.
      const later = word.word.length === 2 && !AFTER_PART_CHARS.has(text[at + 1]!) && AFTER_PART.longestAt(text, at + 1);
      end = later ? at + 1 : at;
      break;
    }
  }
  return end;
}
