/** An amount of money stated in a sentence, in yuan. */
export interface Amount {
  yuan: number;
  approximate: boolean;
  start: number;
  end: number;
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** A Chinese numeral (二十, 一百五十, 三千万, 一万二千) or Arabic digits. */
function numberOf(text: string): number | null {
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch in DIGITS) digit = DIGITS[ch]!;
    else if (ch in UNITS) {
      section += (digit || 1) * UNITS[ch]!;
      digit = 0;
    } else if (ch === "万") {
      // 一万二千: what stands before 万 counts ten thousands.
      total += (section + digit || 1) * 1e4;
      section = 0;
      digit = 0;
    } else return null;
  }
  return total + section + digit;
}

const AMOUNT = /(约|近|超过|超|逾|多达|达)?(?<![数几零〇一二两三四五六七八九十百千万\d.])([\d.]+|[零〇一二两三四五六七八九十百千万]+?)(多|余)?(万|亿|千万|百万)?(多|余)?元/g;
const SCALE: Record<string, number> = { 万: 1e4, 亿: 1e8, 千万: 1e7, 百万: 1e6 };

/** Every amount of money in a text: 600万元 → 6000000, 2.592亿元, 二十多亿元 (approximate), 约2000万元. */
export function findAmounts(text: string): Amount[] {
  const found: Amount[] = [];
  for (const match of text.matchAll(AMOUNT)) {
    const [whole, hedge, digits, more, scale, more2] = match;
    const value = numberOf(digits!);
    if (value === null) continue;
    const yuan = Math.round(value * (scale ? SCALE[scale]! : 1) * 100) / 100;
    found.push({ yuan, approximate: Boolean(hedge || more || more2), start: match.index, end: match.index + whole.length });
  }
  return found;
}
