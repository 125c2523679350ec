/**
 * SQL for the text `JSON.stringify` gives of a VARCHAR value, so that DuckDB writes JSON the
 * JavaScript side pastes as bytes. DuckDB's own `to_json` differs for some control characters
 * (`\u001B` where JSON.stringify writes `\u001b`); its strings are valid UTF-8, so a lone
 * surrogate (which JSON.stringify would escape) never comes back from it.
 */
export function jsonTextSql(column: string): string {
  // The rare text with a quote, a backslash or a control character is escaped one character at a
  // time, backslashes first so that no escape made here is escaped again; any other is only quoted.
  const escaped = CONTROL_ESCAPES.reduce((sql, [code, escape]) => `replace(${sql}, chr(${code}), '${escape}')`, `replace(replace(${column}, '\\', '\\\\'), '"', '\\"')`);
  return `(CASE WHEN regexp_matches(${column}, '[\\x00-\\x1f"\\\\]') THEN '"' || ${escaped} || '"' ELSE '"' || ${column} || '"' END)`;
}

/** Each control character's code and its JSON.stringify escape (`\n`, `\u0001`, …; none holds a quote of SQL). */
const CONTROL_ESCAPES: readonly (readonly [number, string])[] = Array.from({ length: 0x20 }, (_, code) => [code, JSON.stringify(String.fromCharCode(code)).slice(1, -1)]);
