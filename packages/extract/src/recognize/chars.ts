/** Character classes the recognizers share. */
export const isHan = (ch: string | undefined): boolean => ch !== undefined && /\p{Script=Han}/u.test(ch);

/**
 * Characters that, right after a 2-character name, belong to the sentence rather than
 * the name (刘长庚率…, 李华以…, 王建军表示…): a three-character reading ending in one of
 * them is cut back to two.
 */
export const AFTER_NAME = new Set([..."率说等在和与到为是也将对向一及就从把被让给同称表指强介带赴来去前亲主参出陪视调会还则都已曾又再要所的以了于而并共称现任"]);

/**
 * Characters of AFTER_NAME that belong to the sentence only as the first of a two-character
 * verb (强调, 表示, 参加): 赵志强参加 keeps 强 in the name, 王明强调 does not.
 */
const VERB_PREFIXES: ReadonlySet<string> = new Set([..."表指强介带主参出陪视调会前现"]);
const VERBS_OF_PREFIXES: ReadonlySet<string> = new Set([
  "表示", "表态", "表彰", "指出", "指导", "强调", "介绍", "带领", "带队", "带着", "带来", "主持", "主讲", "参加", "参观", "参与",
  "出席", "出任", "陪同", "视察", "调研", "会见", "会同", "前往", "前来", "现任", "现场",
]);

/** Whether the character at `at`, right after a name's second character, belongs to the sentence (刘长庚率 aside). */
export function belongsToSentence(text: string, at: number): boolean {
  const ch = text[at];
  if (ch === undefined || !AFTER_NAME.has(ch)) return false;
  return !VERB_PREFIXES.has(ch) || VERBS_OF_PREFIXES.has(text.slice(at, at + 2));
}

/** Verbs that often follow a person's name, whatever word jieba fused them into (龙海波签订协议). */
export const VERBS_AFTER_NAME = ["主持", "出席", "参加", "签订", "签署", "看望", "慰问", "走访", "讲话", "致辞", "发言", "宣布", "代表", "考察", "希望", "感谢", "提出", "回答", "赠送", "捐赠", "捐款", "接受", "寄语", "鼓励", "勉励"];
