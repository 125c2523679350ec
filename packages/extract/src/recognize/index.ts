import { ancestorCodes, type Gazetteer } from "../gazetteer/index.js";
import { placeNameFilter } from "../gazetteer/name-filter.js";
import type { Token } from "../segment/index.js";
import { findAbbreviatedBodies } from "./abbreviated-bodies.js";
import { selectNonOverlapping, type Candidate } from "./candidate.js";
import { findCountedLists } from "./counted-lists.js";
import { findDeclaredShortForms } from "./declared-short-forms.js";
import { splitTitlesFusedWithNames } from "./fused-titles.js";
import { findGovernments, placesNamedByLevel } from "./governments.js";
import { findMediaBeforeRoles } from "./media.js";
import { findNationalBodies } from "./national-bodies.js";
import { findOrganizations } from "./organizations.js";
import { findPartyCommittees } from "./parties.js";
import { findPartyDepartments } from "./party-departments.js";
import { withDottedNames } from "./dotted-names.js";
import { findPersons } from "./persons.js";
import { findEverydayShortForms, findPlaceNames, findProvinceAbbreviations } from "./places.js";
import { findRepeats } from "./repeats.js";
import { findNewAreas, findRoadStreets } from "./streets.js";
import { findTownSites } from "./towns-in-sites.js";
import { firmNamesAlone, joinShortForms } from "./short-forms.js";
import { findRepeatedVillages, findUnlistedTowns, findVillages, findVillagesAfterUnlistedTowns } from "./villages.js";

export type { Candidate } from "./candidate.js";

/**
 * Every entity mention of one body, overlaps settled (the longest span wins, so 福田希望小学
 * is a school and not the place 南山): places, villages, governments, organisations,
 * people, then the later occurrences of the names found.
 */
export function recognize(text: string, words: Token[], gazetteer: Gazetteer, known: Candidate[] = []): Candidate[] {
  // jieba tags some place names as common nouns (河源/n): the gazetteer knows better.
  const filter = placeNameFilter(gazetteer);
  let tokens = splitTitlesFusedWithNames(text, words).map((t, i, all) => {
    const known = t.word.length >= 2 && filter.mayName(t.word, 0, t.word.length) && gazetteer.byName.has(t.word);
    if (t.tag !== "ns") return known ? { ...t, tag: "ns" } : t;
    // 京东/ns 集团, 苏宁/ns 集团: a "place" the gazetteer does not know, right before a firm's head, is the firm's brand.
    return !known && FIRM_HEAD_WORDS.has(all[i + 1]?.start === t.end ? all[i + 1]!.word : "") ? { ...t, tag: "nz" } : t;
  });
  const places = [...findPlaceNames(text, tokens, gazetteer), ...findProvinceAbbreviations(text, gazetteer)];
  const everyday = findEverydayShortForms(text, tokens, places, gazetteer);
  places.push(...everyday);
  places.push(...placesNamedByLevel(text, places));
  // 河源/n 日报: the short form is the place there too, a proper word that opens a body's name.
  if (everyday.length > 0) {
    const spans = new Set(everyday.map((p) => p.start * 0x10000 + p.end));
    tokens = tokens.map((t) => (t.tag !== "ns" && spans.has(t.start * 0x10000 + t.end) ? { ...t, tag: "ns" } : t));
  }
  const unlistedPlaces = [...findRoadStreets(text, tokens, places), ...findNewAreas(text, tokens, places)];
  const townSites = findTownSites(text, places, gazetteer);
  const unlistedTowns = findUnlistedTowns(text, tokens, places);
  const persons = withDottedNames(text, findPersons(text, tokens));
  const candidates = [
    ...places,
    ...unlistedPlaces,
    ...townSites.sites,
    ...findVillages(text, places, gazetteer),
    ...unlistedTowns,
    ...findVillagesAfterUnlistedTowns(text, tokens, unlistedTowns),
    ...findRepeatedVillages(text, tokens),
    ...findGovernments(text, places),
    ...findAbbreviatedBodies(text, tokens, places, persons, gazetteer),
    ...findPartyCommittees(text, places),
    ...findNationalBodies(text),
    ...findOrganizations(text, tokens),
    ...findMediaBeforeRoles(text, tokens),
    ...findCountedLists(text),
    ...persons,
    ...known.filter(isNameLike).map(typedByHead),
  ];
  candidates.push(...findPartyDepartments(text, candidates));
  const read = selectNonOverlapping(candidates);
  // 甲投资集团有限公司（以下简称“甲投”）: the declared short form is the firm wherever it occurs.
  const declared = findDeclaredShortForms(text, read);
  const first = declared.length > 0 ? selectNonOverlapping([...declared, ...read]) : read;
  const joined = joinShortForms(selectNonOverlapping([...first, ...findRepeats(text, tokens, first)]), candidates);
  const selected = inTitlesNested(text, [...joined, ...firmNamesAlone(joined, candidates, tokens)]);
  return [...selected, ...placesInsideNames(selected, [...places, ...unlistedPlaces, ...townSites.towns])].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Words of a firm's head right after its brand (京东集团, 苏宁公司). */
const FIRM_HEAD_WORDS: ReadonlySet<string> = new Set(["集团", "公司", "有限公司", "股份有限公司", "集团有限公司"]);

/**
 * 甲县人民政府网站, 乙区政府门户网站: a government's own website (in a source line) names the place
 * whose government publishes it, the one its 我县 and 本县 stand for; other media are left alone.
 */
const GOVERNMENT_SITE = /(?:县|区|市|旗|州)(?:人民)?政府(?:门户)?(?:网站|网)$/;

/**
 * The places named inside selected organisation names (德保 in 凌云茶叶产业园): the article
 * names them too. Media names are left alone (河池日报 is a paper, not a report on 河池市), and
 * a district's or county's short form counts only when the article also names its parent
 * (a farm stay called 七星山庄 is no 七星区); provinces and cities are named plainly enough.
 * A street or town the gazetteer lacks, read by its shape (甲区和平东路街道办事处, 甲乙乡小学), is named there too.
 */
function placesInsideNames(selected: Candidate[], places: Candidate[]): Candidate[] {
  const names = selected.filter((c) => !c.places && (c.type !== "organization" || GOVERNMENT_SITE.test(c.text)) && c.type !== "person");
  const named = new Set(selected.flatMap((c) => (c.places?.length === 1 ? [c.places[0]!.place.code] : [])));
  const inside = places.filter(
    (p) =>
      names.some((n) => n.start <= p.start && p.end <= n.end) &&
      (!p.places?.length ? p.type === "town" : p.places.some((r) => !r.short || r.place.level === "province" || r.place.level === "city" || ancestorCodes(r.place.code).some((code) => named.has(code)))),
  );
  return selectNonOverlapping(inside).map((p) => ({ ...p, nested: true }));
}

/**
 * Places written inside the title of a document, a plan or a programme (《甲省（乙市）对口丙州协作规划》)
 * are written only inside another name: mentions, not ends of relations (GUIDELINES, located_in).
 */
function inTitlesNested(text: string, selected: Candidate[]): Candidate[] {
  if (!text.includes("《")) return selected;
  const titles = [...text.matchAll(/《[^《》\n]{1,60}》/g)].map((m) => [m.index, m.index + m[0].length] as const);
  if (titles.length === 0) return selected;
  return selected.map((c) => (c.places?.length && titles.some(([start, end]) => start < c.start && c.end < end) ? { ...c, nested: true } : c));
}

/** Words a page puts where its source goes that name no outlet (来源:原创, 来源:转载). */
const NOT_SOURCES: ReadonlySet<string> = new Set(["原创", "转载", "本站", "本网", "网络", "综合", "佚名", "未知", "作者", "编辑", "互联网"]);

/** A government named as a page's source (来源:甲县人民政府) is a government, not a medium. */
const GOVERNMENT_SOURCE = /(?:人民政府|政府|委员会|办公室|办公厅|局|委)$/;

/** A caller's candidate with the type its head says: a stated source is a medium unless it names a government. */
function typedByHead(candidate: Candidate): Candidate {
  return GOVERNMENT_SOURCE.test(candidate.text) ? { ...candidate, type: "government" } : candidate;
}

/** A caller's candidate (the page's stated source) counts only when it reads as a name. */
function isNameLike(candidate: Candidate): boolean {
  return !NOT_SOURCES.has(candidate.text) && /^[\p{Script=Han}A-Za-z0-9·+]+$/u.test(candidate.text);
}
