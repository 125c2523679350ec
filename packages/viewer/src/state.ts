/** What the user is looking at: selection, hover, filters. Selection and filters live in the URL. */
export interface ViewState {
  selected: string | null;
  hovered: string | null;
  hoveredNeighbors: Set<string>;
  hiddenEntityTypes: Set<string>;
  hiddenRelationTypes: Set<string>;
  minDegree: number;
  dateFrom: string;
  dateTo: string;
  /** 0 = whole graph, 1 or 2 = only the selection and its neighbours to that depth. */
  depth: number;
  sizeBy: "pagerank" | "degree";
  /** On the overview of a big graph: the nodes opened to show what is folded into them. */
  expanded: Set<string>;
}

/** The view state a URL hash describes (#selected=…&hide=person,park&…). */
export function stateFromHash(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const list = (key: string) => new Set((params.get(key) ?? "").split(",").filter(Boolean));
  const depth = Number(params.get("depth") ?? 0);
  return {
    selected: params.get("selected"),
    hovered: null,
    hoveredNeighbors: new Set(),
    hiddenEntityTypes: list("hide"),
    hiddenRelationTypes: list("hideRel"),
    minDegree: Number(params.get("minDegree") ?? 0) || 0,
    dateFrom: params.get("from") ?? "",
    dateTo: params.get("to") ?? "",
    depth: depth === 1 || depth === 2 ? depth : 0,
    sizeBy: params.get("size") === "degree" ? "degree" : "pagerank",
    // One parameter per node: a key may hold a comma.
    expanded: new Set(params.getAll("open").filter(Boolean)),
  };
}

/** The URL hash of a view state (only what differs from the defaults). */
export function hashFromState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.selected) params.set("selected", state.selected);
  if (state.hiddenEntityTypes.size) params.set("hide", [...state.hiddenEntityTypes].sort().join(","));
  if (state.hiddenRelationTypes.size) params.set("hideRel", [...state.hiddenRelationTypes].sort().join(","));
  if (state.minDegree) params.set("minDegree", String(state.minDegree));
  if (state.dateFrom) params.set("from", state.dateFrom);
  if (state.dateTo) params.set("to", state.dateTo);
  if (state.depth) params.set("depth", String(state.depth));
  if (state.sizeBy !== "pagerank") params.set("size", state.sizeBy);
  for (const node of [...state.expanded].sort()) params.append("open", node);
  const text = params.toString();
  return text ? `#${text}` : "";
}
