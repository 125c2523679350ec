/**
 * Codes of the eastern provinces that help in 东西部协作 (北京, 天津, 上海, 江苏, 浙江, 福建, 山东,
 * 广东): between one of them and a western place, the eastern side is the helper.
 */
export const EASTERN_PROVINCE_CODES: ReadonlySet<string> = new Set(["11", "12", "31", "32", "33", "35", "37", "44"]);

/** Whether a place code lies in an eastern helper province. */
export function isEasternCode(code: string | undefined): boolean {
  return code !== undefined && EASTERN_PROVINCE_CODES.has(code.slice(0, 2));
}
