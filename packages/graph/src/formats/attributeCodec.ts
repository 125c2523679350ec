/** Scalar values every file format can hold. */
export type FlatValue = string | number | boolean;

// XML 1.0 cannot hold these code points at all, not even escaped: scraped text sometimes has them.
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Node attributes that hold lists and travel as JSON text in GEXF, GraphML and CSV. */
export const STRUCTURED_NODE_KEYS = ["aliases", "placePath", "documents"] as const;
/** Edge attributes that hold lists of records and travel as JSON text. */
export const STRUCTURED_EDGE_KEYS = ["evidence", "amounts"] as const;

/** Removes code points XML cannot represent. */
export function xmlSafe(text: string): string {
  // A plain character class first: the exact pattern's look-arounds cost a scan of every text.
  return MAYBE_ILLEGAL.test(text) ? text.replace(XML_ILLEGAL, "") : text;
}

const MAYBE_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * A list or record as JSON text an XML file keeps whole. JSON escapes control characters and lone
 * surrogates, not U+0085/U+2028/U+2029 (which XML readers may turn into line feeds, invalid inside a JSON
 * string) nor U+FFFE/U+FFFF (illegal in XML): those are escaped too.
 */
export function jsonText(value: unknown): string {
  return xmlSafeJson(JSON.stringify(value));
}

/** `jsonText` of a value whose JSON text is already at hand. */
export function xmlSafeJson(json: string): string {
  const escaped = JSON_UNSAFE.test(json) ? json.replace(JSON_UNSAFE_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`) : json;
  return xmlSafe(escaped);
}

const JSON_UNSAFE = /[\u0085\u2028\u2029\uFFFE\uFFFF]/;
const JSON_UNSAFE_ALL = /[\u0085\u2028\u2029\uFFFE\uFFFF]/g;

/**
 * Attributes with lists and records turned into JSON text and null/undefined dropped, so formats
 * without nested values keep them losslessly (graphology-gexf would write "[object Object]").
 */
export function flattenAttributes(attributes: object): Record<string, FlatValue> {
  const out: Record<string, FlatValue> = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null) continue;
    if (typeof value === "number") {
      if (Number.isFinite(value)) out[key] = value;
    } else if (typeof value === "boolean") out[key] = value;
    else if (typeof value === "string") out[key] = xmlSafe(value);
    else out[key] = jsonText(value);
  }
  return out;
}

/** Parses back the JSON text of the given keys; a value that is not valid JSON is left as it is. */
export function restoreAttributes(attributes: Record<string, unknown>, keys: readonly string[]): void {
  for (const key of keys) {
    const value = attributes[key];
    if (typeof value !== "string") continue;
    try {
      attributes[key] = JSON.parse(value);
    } catch {
      // A foreign file with a plain string here: keep what it says rather than fail the import.
    }
  }
}
