import { createRequire } from "node:module";
import { mayChangeScript } from "./convertible.js";

type Convert = (text: string) => string;
let converters: Convert[] | undefined;
const require = createRequire(import.meta.url);

/** Hong Kong and Taiwan forms to mainland simplified; both keep the number of code points. Loaded on first need. */
export function scriptConverters(): Convert[] {
  if (!converters) {
    const OpenCC = require("opencc-js") as typeof import("opencc-js");
    converters = [OpenCC.Converter({ from: "hk", to: "cn" }), OpenCC.Converter({ from: "tw", to: "cn" })];
  }
  return converters;
}

/** A string in simplified script (text without a convertible character is returned as it is, without OpenCC). */
export function toSimplifiedString(text: string): string {
  if (!mayChangeScript(text)) return text;
  return scriptConverters().reduce((converted, convert) => convert(converted), text);
}
