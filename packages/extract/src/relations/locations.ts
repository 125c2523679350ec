import type { ResolvedMention } from "../mention.js";
import { isEasternCode } from "../lexicons/eastern-provinces.js";
import { PLACE_TYPES, type DocumentContext, type Finding } from "./context.js";

const isPlace = (m: ResolvedMention) => PLACE_TYPES.has(m.entity.type);
const contains = (outer: ResolvedMention, inner: ResolvedMention) =>
  outer.entity.code !== undefined && inner.entity.code !== undefined && inner.entity.code.length > outer.entity.code.length && inner.entity.code.startsWith(outer.entity.code);
/** Sites are placed by the place their name opens with. */
const SITE_TYPES: ReadonlySet<string> = new Set(["park", "school", "hospital"]);

/**
 * `located_in`, to the nearest containing place the article names and no further (the
 * gazetteer's hierarchy: 甲市乙县 and, later, 乙县丙镇 give 丙镇 → 乙县 and 乙县 → 甲市, not
 * 丙镇 → 甲市); a village unknown to the gazetteer to the town written right before it
 * (甲乡乙屯), a site to the place before 的 (甲村的乙农家乐) and to the deepest place its
 * name opens with (甲县乙产业园). A place written only inside another name places nothing.
 */
export function findLocations(ctx: DocumentContext): Finding[] {
  const found: Finding[] = [...nearestNamed(ctx)];
  ctx.sentences.forEach((sentence, index) => {
    const mentions = ctx.mentionsIn(index);
    const places = ctx.mentionsIn(index, true).filter((m) => isPlace(m) && m.text.length > 1);
    for (let i = 1; i < mentions.length; i++) {
      const [place, site] = [mentions[i - 1]!, mentions[i]!];
      if (isPlace(place) && site.entity.type === "park" && ctx.doc.text.slice(place.end, site.start) === "的") {
        found.push({ type: "located_in", source: site, target: place, sentence, rule: "locations.site-of-place" });
      }
    }
    for (let i = 1; i < places.length; i++) {
      const [before, village] = [places[i - 1]!, places[i]!];
      if (village.entity.type === "village" && !village.entity.code && before.end === village.start && (before.entity.type === "town" || before.entity.type === "village")) {
        found.push({ type: "located_in", source: village, target: before, sentence, rule: "locations.village-after-town" });
      }
      // 甲县乙乡: a town unknown to the gazetteer, right after its county or district.
      if (village.entity.type === "town" && !village.entity.code && before.end === village.start && (before.entity.type === "county" || before.entity.type === "district")) {
        found.push({ type: "located_in", source: village, target: before, sentence, rule: "locations.town-after-county" });
      }
    }
    // 甲县乙乡小学、丙乡小学和丁乡小学: the towns of a list that the county opens are that county's.
    const placedTowns = new Set(found.filter((f) => f.rule === "locations.town-after-county").map((f) => f.source.entity.id));
    for (let i = 1; i < places.length; i++) {
      const town = places[i]!;
      if (!isUnlistedTown(town) || placedTowns.has(town.entity.id)) continue;
      const county = places.slice(0, i).reverse().find((m) => (m.entity.type === "county" || m.entity.type === "district") && m.entity.code);
      // Only a list: nothing but the list's names and marks between the county and the town.
      if (county && /^(?:\p{Script=Han}{1,8}[、和及与])+$/u.test(ctx.doc.text.slice(county.end, town.start))) {
        found.push({ type: "located_in", source: town, target: county, sentence, rule: "locations.town-in-county-list" });
        placedTowns.add(town.entity.id);
      }
    }
    const nested = ctx.mentionsIn(index, true).filter((m) => m.nested);
    for (const site of mentions.filter((m) => SITE_TYPES.has(m.entity.type))) {
      const inside = nested.filter((m) => m.start >= site.start && m.end <= site.end);
      // 甲（乙县）产业园: the place in brackets is where the builder (甲) put it.
      const bracketed = inside.find((m) => isPlace(m) && isBracketed(ctx.doc.text, m, site));
      if (bracketed) {
        found.push({ type: "located_in", source: site, target: bracketed, sentence, rule: "locations.site-name" });
        continue;
      }
      const first = inside[0];
      // A name that opens with abbreviations (粤桂合作…) names a cooperation, not a location.
      if (!first || first.start !== site.start || first.text.length === 1 || !isPlace(first)) continue;
      // 甲省乙市丙试验区: the deepest of the places the name opens with (甲县乙乡小学: a town the gazetteer lacks too).
      let place = first;
      for (const next of inside.slice(1)) {
        if (next.start !== place.end) break;
        if (contains(place, next) || isUnlistedTown(next)) place = next;
        // 甲市乙县跨境产业园 (甲 eastern, 乙 western, neither in the other): a cooperation's site, on the helped side.
        else if (place === first && isPlace(next) && next.entity.code && first.entity.code && isEasternCode(first.entity.code) && !isEasternCode(next.entity.code)) place = next;
        else break;
      }
      found.push({ type: "located_in", source: site, target: place, sentence, rule: "locations.site-name" });
    }
  });
  return found;
}

/**
 * Each place the article names on its own goes to the nearest place containing it that the
 * article also names on its own; the evidence is the first sentence naming both, else the
 * first naming the inner place. Places written one after the other inside a longer name
 * (甲省乙市市委, 甲市乙区丙小学) count as named: the chain states their hierarchy, unlike a
 * lone place inside a name (甲市新闻网).
 */
function nearestNamed(ctx: DocumentContext): Finding[] {
  const named = new Map<string, ResolvedMention[]>();
  // A one-character abbreviation (粤) is too loose a statement to place anything.
  const chained = placesInChains(ctx.mentions, ctx.doc.text);
  for (const m of ctx.mentions) if (isPlace(m) && (!m.nested || chained.has(m)) && m.entity.code && m.text.length > 1) named.set(m.entity.id, [...(named.get(m.entity.id) ?? []), m]);
  const found: Finding[] = [];
  for (const [, inners] of named) {
    const inner = inners[0]!;
    let nearest: ResolvedMention[] | undefined;
    for (const [, outers] of named) {
      if (contains(outers[0]!, inner) && (!nearest || outers[0]!.entity.code!.length > nearest[0]!.entity.code!.length)) nearest = outers;
    }
    if (!nearest) continue;
    const together = ctx.sentences.findIndex((s) => inners.some((m) => m.start >= s.start && m.end <= s.end) && nearest.some((m) => m.start >= s.start && m.end <= s.end));
    const index = together >= 0 ? together : ctx.sentences.findIndex((s) => inner.start >= s.start && inner.end <= s.end);
    const sentence = ctx.sentences[index];
    if (!sentence) continue;
    const source = inners.find((m) => m.start >= sentence.start && m.end <= sentence.end) ?? inner;
    const target = nearest.find((m) => m.start >= sentence.start && m.end <= sentence.end) ?? nearest[0]!;
    found.push({ type: "located_in", source, target, sentence, rule: together >= 0 ? "locations.nearest-named" : "locations.nearest-named-apart" });
  }
  return found;
}

/** Nested places that touch a place containing them or contained by them: 甲市 and 乙区 in 甲市乙区丙小学. */
function placesInChains(mentions: readonly ResolvedMention[], text: string): Set<ResolvedMention> {
  const nested = mentions.filter((m) => m.nested && isPlace(m) && m.entity.code && m.text.length > 1);
  const chained = new Set<ResolvedMention>();
  // Not inside a firm's or a medium's name: 甲市乙区丙商贸有限公司 names no place of the article (GUIDELINES).
  const firms = mentions.filter((m) => !m.nested && (m.entity.type === "company" || m.entity.type === "organization"));
  const inFirm = (m: ResolvedMention) => firms.some((f) => f.start <= m.start && m.end <= f.end);
  for (const outer of nested) {
    for (const inner of nested) {
      if (outer.end === inner.start && contains(outer, inner) && !inFirm(outer)) chained.add(outer).add(inner);
    }
  }
  // 甲县乙幼儿园: a place that locates a site in the site's own name is named (GUIDELINES).
  for (const site of mentions) {
    if (site.nested || !SITE_TYPES.has(site.entity.type)) continue;
    const opening = nested.find((m) => m.start === site.start && m.end < site.end);
    if (opening) chained.add(opening);
    // 甲（乙县）产业园 names 乙县 as the park's place.
    for (const m of nested) if (m.start > site.start && m.end < site.end && isBracketed(text, m, site)) chained.add(m);
  }
  return chained;
}

/** A town the gazetteer does not list, read by its shape (甲乙乡 of 甲乙乡小学, 和平东路街道). */
const isUnlistedTown = (m: ResolvedMention) => m.entity.type === "town" && !m.entity.code;

/** A place written alone in brackets inside a site's name (乙县 in 甲（乙县）产业园). */
function isBracketed(text: string, place: ResolvedMention, site: ResolvedMention): boolean {
  return place.start > site.start && place.end < site.end && /[（(]/.test(text[place.start - 1] ?? "") && /[）)]/.test(text[place.end] ?? "");
}
