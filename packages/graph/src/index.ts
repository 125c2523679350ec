export type { EntityAttributes, GraphAttributes, EntityTally, GraphSource, MentionTally, RelationAttributes, StatedAmount, XiezuoGraph } from "./types.js";

export { buildGraph, createGraph, type BuildGraphOptions } from "./build/buildGraph.js";
export { mergeInto } from "./build/mergeInto.js";
export { assignPlacePaths } from "./build/assignPlacePaths.js";
export { assignPairTotals } from "./build/assignPairTotals.js";
export { PLACE_TYPES, isPlaceType } from "./build/placeTypes.js";

export { degrees, weightedDegrees } from "./analytics/degrees.js";
export { pageranks } from "./analytics/pageranks.js";
export { communities, type CommunitiesOptions } from "./analytics/communities.js";
export { components } from "./analytics/components.js";
export { findEntity } from "./analytics/findEntity.js";
export { shortestPath, type EntityPath } from "./analytics/shortestPath.js";
export { assignMetrics, type AssignMetricsOptions } from "./analytics/assignMetrics.js";
export { toUndirectedSimple } from "./analytics/toUndirectedSimple.js";
export { graphReport, type GraphReport, type GraphReportOptions, type ReportedEntity, type ReportedPairing } from "./analytics/graphReport.js";

export { assignLayout, defaultIterations, type AssignLayoutOptions } from "./layout/assignLayout.js";
export { clusterSeparation, type GroupedPoint, type Separation } from "./layout/clusterSeparation.js";
export { overviewSeparation, type OverviewPicture } from "./layout/overviewSeparation.js";
export { assignAppearance, type AssignAppearanceOptions } from "./layout/assignAppearance.js";
export { enrichGraph, type EnrichGraphOptions } from "./layout/enrichGraph.js";
export { ENTITY_COLORS, RELATION_COLORS, UNKNOWN_COLOR } from "./layout/palette.js";

export { toGexf, fromGexf, GEXF_VIZ_NAMESPACE } from "./formats/gexf.js";
export { toGraphml, fromGraphml } from "./formats/graphml.js";
export { toJson, fromJson } from "./formats/json.js";
export { toNodesCsv, toEdgesCsv, type CsvOptions } from "./formats/csv.js";
export { writeParquetTables } from "./formats/parquet.js";

export { writeFileAtomic } from "./io/writeFileAtomic.js";
export { createGraphServer, resolveRequest, GRAPH_FILES, type ServeOptions } from "./serve/server.js";
