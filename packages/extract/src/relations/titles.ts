import { TITLES } from "../lexicons/titles.js";
import { WordIndex } from "../recognize/word-index.js";

/** The titles backwards in a trie: the rules ask at every position which title ends there. */
const TITLE_INDEX = new WordIndex(TITLES);
/** Words that qualify a title without changing the body it belongs to (名誉会长, 全媒体记者, 党组副书记, 挂职副县长). */
const MODIFIERS = ["全媒体", "首席", "特约", "见习", "名誉", "执行", "常务", "专职", "兼职", "驻会", "党组", "驻村", "挂职", "市委", "县委", "区委", "州委", "省委", "党委", "党工委"];
/** Titles of a government's head or deputy: held at X人民政府 (or the place X when the article names no government). */
export const GOVERNMENT_HEAD = /^(?:党组(?:副)?书记|(?:挂职)?(?:自治区|省|市|县|区|州|旗|镇|乡)?(?:常务)?副?(?:县长|区长|市长|省长|州长|旗长|镇长|乡长|主席)(?:助理)?)$/;
/** Titles of a party body: held at X委 / X党委 when the article names it. */
export const PARTY_TITLE = /(?:书记|常委|党委委员)$/;
/** Titles that are not posts in a body (村民, 党员, 专家…): no holds_position for them. */
export const NOT_A_POST = new Set(["村民", "党员", "专家", "代表", "教授", "医生", "医师", "老师", "教师", "干部", "支教老师", "支教教师", "员工", "职工", "护士", "村医", "技术员", "农技员"]);
/** Titles of the press: the person works for the medium. */
export const PRESS_TITLE = /(?:记者|通讯员|编辑|主编|摄影|摄像|校对|责编)$/;

/** A title written in the text: where it starts and how it reads. */
export interface TitleAt {
  word: string;
  start: number;
}

/** The title that ends at `end` (with its modifiers: 全媒体记者), not reaching before `limit`. */
export function titleEndingAt(text: string, end: number, limit: number): TitleAt | undefined {
  // The longest title ending at `end` that starts at `limit` or later.
  const title = TITLE_INDEX.longestEndingAt(text, end, limit)?.word;
  if (!title) return undefined;
  let start = end - title.length;
  for (let again = true; again; ) {
    again = false;
    for (const modifier of MODIFIERS) {
      if (start - modifier.length >= limit && text.startsWith(modifier, start - modifier.length)) {
        start -= modifier.length;
        again = true;
      }
    }
  }
  return { word: text.slice(start, end), start };
}
