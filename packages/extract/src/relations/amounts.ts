/** An amount of money stated in a sentence, in yuan. */
export interface Amount {
  yuan: number;
  approximate: boolean;
  start: number;
  end: number;
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** A Chinese numeral (二十, 一百五十, 三千万, 一万二千, 一亿零五百万) or Arabic digits (1,200.5). */
function numberOf(text: string): number | null {
  if (/^\d/.test(text)) return /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(text) ? Number(text.replace(/,/g, "")) : null;
  let total = 0;
  let tenThousands = 0;
  let section = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch in DIGITS) digit = DIGITS[ch]!;
    else if (ch in UNITS) {
      section += (digit || 1) * UNITS[ch]!;
      digit = 0;
    } else if (ch === "万") {
      // 一万二千: what stands before 万 counts ten thousands.
      tenThousands += (section + digit || 1) * 1e4;
      section = 0;
      digit = 0;
    } else if (ch === "亿") {
      // 一亿零五百万: what stands before 亿 (万 included) counts hundred millions.
      total += (tenThousands + section + digit || 1) * 1e8;
      tenThousands = 0;
      section = 0;
      digit = 0;
    } else return null;
  }
  return total + tenThousands + section + digit;
}

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]+?`;
/** [hedge] [low [多|余] [scale] separator] number [多|余] [scale] [多|余] 元 (or 港元/港币) — a range when `low` is there. */
const AMOUNT = new RegExp(
  String.raw`(约|近|超过|超|逾|多达|达)?(?<![数几零〇一二两三四五六七八九十百千万亿\d.,])` +
    String.raw`(?:(${NUMBER})(多|余)?(千万|百万|万|亿)?\s*(?:至|到|-|—|～|~)\s*)?` +
    String.raw`(${NUMBER})(多|余)?(千万|百万|万|亿)?(多|余)?(港元|港币|元)`,
  "g",
);
const SCALE: Record<string, number> = { 万: 1e4, 亿: 1e8, 千万: 1e7, 百万: 1e6 };

/** The value of a number and the scale written after it (三千 + 万, 2.5 + 亿, 二十 多 亿). */
function valueOf(digits: string, more: string | undefined, scale: string | undefined): number | null {
  // A Chinese numeral and its scale read as one numeral (一亿零五百 + 万 is 105,000,000, not 1,000,500 万).
  if (scale && !more && !/^\d/.test(digits)) return numberOf(digits + scale);
  const value = numberOf(digits);
  return value === null ? null : value * (scale ? SCALE[scale]! : 1);
}

/**
 * An amount written without 元 (资金300万, 捐资1330万): a scale (万, 亿) that no unit or other word
 * follows. Read only after a word of money (资金, 善款, 捐资, 投入…) a few characters before it,
 * so that 10万斤, 3万人 and 带动1万户 stay counts of things.
 */
const BARE_AMOUNT = new RegExp(
  String.raw`(约|近|超过|超|逾|多达|达)?(?<![数几零〇一二两三四五六七八九十百千万亿\d.,])(${NUMBER})(多|余)?(千万|百万|万|亿)(多|余)?(?=左右|[^\p{Script=Han}]|$)`,
  "gu",
);
/** The spoken form of hundreds of millions: 1个多亿, 两个亿, 一个半亿元 (in the news, always of money). */
const SPOKEN_HUNDRED_MILLIONS = new RegExp(String.raw`(约|近|超过|超|逾)?(?<![数几零〇一二两三四五六七八九十百千万亿\d.,])(${NUMBER})个(多|半)?亿(?:元)?`, "gu");

/** Words of money that an amount without 元 follows closely. */
const MONEY_BEFORE = /(?:资金|捐款|捐资|善款|经费|款项|现金|投入|拨付|援助|资助|捐赠|捐助)[^，,。；;\d]{0,4}$/;

/**
 * Every amount of money in a text: 600万元 → 6000000, 2.592亿元, 1,200万元, 二十多亿元 (approximate),
 * 约2000万元; a range (300万至500万元, 三至五亿元) is one approximate amount, its lower bound;
 * 资金300万 after a word of money, though 元 is left out.
 */
export function findAmounts(text: string): Amount[] {
  const found = amountsInYuan(text);
  for (const match of text.matchAll(BARE_AMOUNT)) {
    const [whole, hedge, digits, more, scale, more2] = match;
    if (!MONEY_BEFORE.test(text.slice(Math.max(0, match.index - 8), match.index))) continue;
    const yuan = valueOf(digits!, more, scale);
    if (yuan === null) continue;
    const end = match.index + whole.length;
    if (found.some((a) => a.start < end && match.index < a.end)) continue;
    found.push({ yuan: Math.round(yuan * 100) / 100, approximate: Boolean(hedge || more || more2) || text.startsWith("左右", end), start: match.index, end });
  }
  // Most sentences have no 个…亿: the regular expression is not run on them.
  const spoken = text.includes("个") && text.includes("亿") ? text.matchAll(SPOKEN_HUNDRED_MILLIONS) : [];
  for (const match of spoken) {
    const [whole, hedge, digits, extra] = match;
    const count = numberOf(digits!);
    if (count === null || count === 0) continue;
    const end = match.index + whole.length;
    // 一个半亿元: the 亿元 read alone as one hundred million gives way to the whole.
    const inside = found.filter((a) => a.start >= match.index && a.end <= end);
    if (found.some((a) => a.start < end && match.index < a.end && !inside.includes(a))) continue;
    for (const a of inside) found.splice(found.indexOf(a), 1);
    // 一个半亿 is 1.5亿; 1个多亿, at least 1亿, approximate.
    found.push({ yuan: (count + (extra === "半" ? 0.5 : 0)) * 1e8, approximate: Boolean(hedge) || extra === "多", start: match.index, end });
  }
  return found.sort((a, b) => a.start - b.start);
}

function amountsInYuan(text: string): Amount[] {
  const found: Amount[] = [];
  for (const match of text.matchAll(AMOUNT)) {
    const [whole, hedge, low, lowMore, lowScale, digits, more, scale, more2, currency] = match;
    const high = valueOf(digits!, more, scale);
    // A scale written once, after the high end, is the low end's too: 300至500万元. After a Chinese
    // numeral only its last character is (四百九十四至五百万元: 五百 + 万, not 五 + 百万).
    const shared = lowScale ?? (scale && !/^\d/.test(digits!) ? scale.slice(-1) : scale);
    const yuan = low === undefined ? high : valueOf(low, lowMore, shared);
    if (yuan === null || high === null) continue;
    found.push({
      yuan: Math.round(yuan * 100) / 100,
      // 100万港元: Hong Kong dollars, counted one for one and marked approximate (no rate of the day is known).
      approximate: Boolean(hedge || more || more2 || lowMore || low !== undefined || currency !== "元"),
      start: match.index,
      end: match.index + whole.length,
    });
  }
  return found;
}
