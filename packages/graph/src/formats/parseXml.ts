import { DOMParser } from "@xmldom/xmldom";

/**
 * Parses XML strictly and quietly. xmldom, which graphology-gexf and graphology-graphml use, would
 * print each error on the console and go on with a partial document; here the first error throws,
 * prefixed by `caller`. The same xmldom package, so the parsers accept the document it returns.
 */
export function parseXml(text: string, caller: string): Document {
  const fail = (message: string): never => {
    const detail = message.replace(/^\[xmldom \w+\]\s*/, "").trim().split("\n")[0];
    throw new Error(`@xiezuo/graph/${caller}: not well-formed XML: ${detail}`);
  };
  return new DOMParser({ errorHandler: { warning: () => {}, error: fail, fatalError: fail } }).parseFromString(text, "application/xml");
}
