import * as OpenCC from "opencc-js";

type Convert = (text: string) => string;
let converters: Convert[] | undefined;

/** Hong Kong and Taiwan forms to mainland simplified; both keep the number of code points. */
export function scriptConverters(): Convert[] {
  converters ??= [OpenCC.Converter({ from: "hk", to: "cn" }), OpenCC.Converter({ from: "tw", to: "cn" })];
  return converters;
}

/** A string in simplified script. */
export function toSimplifiedString(text: string): string {
  return scriptConverters().reduce((converted, convert) => convert(converted), text);
}
