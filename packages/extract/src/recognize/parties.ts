import { candidate, type Candidate } from "./candidate.js";

/**
 * Committees of the democratic parties and of the Communist Youth League, which the
 * guidelines make organisations (not government): 民盟X市委, 九三学社X市委会, 民建X委员会,
 * 共青团X县委, and a party's committee at a body (民盟X大学基层委员会).
 */
export function findPartyCommittees(text: string, places: Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  const placeAt = new Map<number, Candidate>();
  for (const place of places) if (place.places?.length && (placeAt.get(place.start)?.end ?? 0) < place.end) placeAt.set(place.start, place);
  // 甲区团区委, 乙县团县委: the Youth League's committee written after its place.
  for (const place of places) {
    const league = place.places?.length ? /^团(?:[市县区州旗])?委(?!员)/.exec(text.slice(place.end, place.end + 4)) : null;
    if (league) found.push(party(text, place.start, place.end + league[0].length));
  }
  for (const match of text.matchAll(PARTY)) {
    const start = match.index;
    const after = start + match[0].length;
    const place = placeAt.get(after);
    if (place) {
      const committee = COMMITTEE.exec(text.slice(place.end, place.end + 6));
      if (committee) {
        found.push(party(text, start, place.end + committee[0].length));
        continue;
      }
    }
    // 民盟中央, 九三学社中央: a party's central committee.
    if (match[0] !== "共青团" && !match[0].startsWith("团") && text.startsWith("中央", after)) {
      found.push(party(text, start, after + 2));
      continue;
    }
    const grassroots = GRASSROOTS.exec(text.slice(after, after + 20));
    if (grassroots) found.push(party(text, start, after + grassroots[0].length));
  }
  return found;
}

const PARTY = /中国国民党革命委员会|中国民主同盟|中国民主建国会|中国民主促进会|中国农工民主党|中国致公党|台湾民主自治同盟|民革|民盟|民建|民进|农工党|致公党|九三学社|台盟|共青团|(?<![\p{Script=Han}])团(?=\p{Script=Han}{1,8}?[市县区州旗]委(?!员))/gu;
/** What follows the place in a committee's name: 市委, 市委会, 委员会, 县委. */
const COMMITTEE = /^(?:市|县|区|省|州|旗)?(?:委员会|委会|委)(?!员)/;
/** A party's committee at a school or firm: …大学基层委员会, …支部. */
const GRASSROOTS = /^[\p{Script=Han}]{2,14}?(?:基层委员会|总支部|总支|支部)/u;

function party(text: string, start: number, end: number): Candidate {
  const name = text.slice(start, end);
  return candidate({ start, end, text: name, type: "organization", name, priority: 7, confidence: 0.85 });
}
