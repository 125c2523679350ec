/** The date a sentence states (2020年11月20日, 4月13日 with the article's year), else the article's. */
export function sentenceDate(sentence: string, articleDate: string | null): string | null {
  const full = /((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日/.exec(sentence);
  if (full) return `${full[1]}-${full[2]!.padStart(2, "0")}-${full[3]!.padStart(2, "0")}`;
  const monthDay = /(?<![\d年])(\d{1,2})月(\d{1,2})日/.exec(sentence);
  if (monthDay && articleDate) return `${articleDate.slice(0, 4)}-${monthDay[1]!.padStart(2, "0")}-${monthDay[2]!.padStart(2, "0")}`;
  return articleDate;
}
