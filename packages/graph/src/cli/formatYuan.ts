/** An amount for Chinese readers: 9000000 → "900万元", 259200000 → "2.592亿元", 800 → "800元". */
export function formatYuan(yuan: number): string {
  const trim = (value: number) => String(Math.round(value * 10_000) / 10_000);
  if (Math.abs(yuan) >= 1e8) return `${trim(yuan / 1e8)}亿元`;
  if (Math.abs(yuan) >= 1e4) return `${trim(yuan / 1e4)}万元`;
  return `${trim(yuan)}元`;
}
