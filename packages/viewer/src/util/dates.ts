/**
 * The first and last day a date stands for: relations are dated to the precision their sentence
 * states (2022, 2022-05, 2022-05-03), so a year or a month is a span of days.
 */
export function dateSpan(date: string): [first: string, last: string] {
  if (/^\d{4}$/.test(date)) return [`${date}-01-01`, `${date}-12-31`];
  if (/^\d{4}-\d{2}$/.test(date)) return [`${date}-01`, `${date}-${String(daysInMonth(date)).padStart(2, "0")}`];
  return [date, date];
}

/** Whether a date's span meets the range from `from` to `to` (either may be "": no bound). */
export function dateInRange(date: string, from: string, to: string): boolean {
  const [first, last] = dateSpan(date);
  return (!from || last >= from) && (!to || first <= to);
}

function daysInMonth(month: string): number {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, m, 0)).getUTCDate();
}
