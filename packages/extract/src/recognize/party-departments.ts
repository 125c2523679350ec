import { candidate, type Candidate } from "./candidate.js";

/**
 * A department of a party committee written after the committee's standing member and a
 * 、 (甲市委常委、组织部部长张三): 组织部 is 甲市委组织部, as GUIDELINES' chains of titles read a
 * title without a body as the body's before it. Only the committee's own departments, and only
 * when a title follows them, so that 组织部 alone elsewhere stays unnamed.
 */
export function findPartyDepartments(text: string, candidates: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  for (const committee of candidates) {
    if (committee.type !== "government" || !PARTY_COMMITTEE.test(committee.name)) continue;
    const after = DEPARTMENT_AFTER_MEMBER.exec(text.slice(committee.end, committee.end + 16));
    if (!after) continue;
    const start = committee.end + after[0].length - after[1]!.length;
    found.push(candidate({ start, end: start + after[1]!.length, text: after[1]!, type: "government", name: committee.name + after[1]!, priority: 5, confidence: 0.75 }));
  }
  return found;
}

/** 甲市委, 乙镇党委, 丙区党工委 (not 委员会, which may be any committee). */
const PARTY_COMMITTEE = /(?:[省市县区州旗]委|党委|党工委)$/;

/** 常委、组织部 + a title: the committee's department, with the title that shows it is one. */
const DEPARTMENT_AFTER_MEMBER = /^常委[、，,]\s*(组织部|宣传部|统战部|政法委|政法委员会|秘书处|办公室|政策研究室|纪委)(?=(?:常务)?副?(?:部长|书记|主任|秘书长))/;
