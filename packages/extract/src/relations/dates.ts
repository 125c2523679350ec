/**
 * The date a sentence states, to the precision it states it (ISO 8601: 2020-11-20, 2020-11,
 * 2020), else the article's: 2020年11月20日; 4月13日 or 3月 in the article's year; 2022年 and
 * 2022年5月; 去年12月 and 今年 counted from the article's year. The first date written wins.
 * A year that opens or closes a period (2021年以来, 截至2023年底, 2021—2023年) dates no one event:
 * the article's date stands.
 */
export function sentenceDate(sentence: string, articleDate: string | null): string | null {
  const articleYear = articleDate ? Number(articleDate.slice(0, 4)) : undefined;
  for (const match of sentence.matchAll(DATE)) {
    const [written, yearText, relative, monthText, dayText] = match;
    const at = match.index;
    if (!yearText && !relative && !monthText) continue;
    // 2021年以来, 截至2023年底, 自2017年起, 2021—2023年: a period, not a date.
    if (PERIOD_BEFORE.test(sentence.slice(Math.max(0, at - 2), at)) || PERIOD_AFTER.test(sentence.slice(at + written.length, at + written.length + 3))) continue;
    let year = yearText ? Number(yearText) : relative ? (articleYear === undefined ? undefined : articleYear - RELATIVE_YEARS[relative]!) : articleYear;
    if (year === undefined) continue;
    const month = monthText ? Number(monthText) : undefined;
    const day = dayText ? Number(dayText) : undefined;
    if ((month !== undefined && (month < 1 || month > 12)) || (day !== undefined && (day < 1 || day > 31))) continue;
    // A bare month (3月，…) with no year of its own is dated by the article only when the article has a date.
    if (!yearText && !relative && articleYear === undefined) continue;
    const date = (y: number) => [String(y), ...(month === undefined ? [] : [String(month).padStart(2, "0")]), ...(month !== undefined && day !== undefined ? [String(day).padStart(2, "0")] : [])].join("-");
    // 12月20日 in an article of 15 January: the December before it.
    if (!yearText && !relative && articleDate && date(year) > articleDate && !articleDate.startsWith(date(year))) year--;
    return date(year);
  }
  return articleDate;
}

/** A year (2020年), or 今年/去年/前年, then a month and a day if written; or a month and day alone (4月13日, 3月). */
const DATE = /(?<![\d年])(?:((?:19|20)\d{2})年|(今年|去年|前年))?(?:(\d{1,2})月(?:(\d{1,2})日)?)?/g;
const RELATIVE_YEARS: Readonly<Record<string, number>> = { 今年: 0, 去年: 1, 前年: 2 };
/** Words before a year or month that make it one end of a period (自2017年, 截至2023年底, 从3月). */
const PERIOD_BEFORE = /(?:自|从|截至|截止|至|到|—|-|－|~|～)$/;
/** Words after it that do (以来, 起, 至今, 到2023年, —2023年, 底前, 以前, 以后). */
const PERIOD_AFTER = /^(?:以来|起|开始|至|到|—|-|－|~|～|底|末|以前|以后|之前|之后|前|后|来)/;
