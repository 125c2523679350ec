import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import type { Command } from "commander";
import { toEdgesCsv, toNodesCsv } from "../../formats/csv.js";
import { toGexf } from "../../formats/gexf.js";
import { toGraphml } from "../../formats/graphml.js";
import { toJson } from "../../formats/json.js";
import { writeParquetTables } from "../../formats/parquet.js";
import { writeFileAtomic } from "../../io/writeFileAtomic.js";
import type { XiezuoGraph } from "../../types.js";
import { readGraphFile } from "../readGraphFile.js";
import { UsageError } from "../usage-error.js";

const FORMATS = ["gexf", "graphml", "json", "csv", "parquet"] as const;
type Format = (typeof FORMATS)[number];

/** `xiezuo export <graph> --format F --out PATH`: the graph in another file format. */
export function registerExport(program: Command): void {
  program
    .command("export")
    .description("write a graph (graph.json, .gexf, .graphml, or a build folder) as GEXF, GraphML, graphology JSON, CSV or Parquet tables")
    .argument("<graph>", "graph.json, a .gexf or .graphml file, or a folder written by `xiezuo build`")
    .requiredOption("-f, --format <format>", `one of ${FORMATS.join(", ")}`)
    .requiredOption("-o, --out <path>", "file to write; for csv, PATH.nodes.csv and PATH.edges.csv; for parquet, PATH.entities.parquet and PATH.relationships.parquet")
    .option("--bom", "csv: start with a UTF-8 byte order mark (for Excel)")
    .action(async (input: string, options: { format: string; out: string; bom?: boolean }) => {
      const format = options.format.toLowerCase();
      if (!isFormat(format)) throw new UsageError(`unknown format "${options.format}": use one of ${FORMATS.join(", ")}`);
      const graph = readGraphFile(input);
      if (format === "parquet") {
        const base = options.out.replace(/\.parquet$/i, "");
        const paths = { entities: `${base}.entities.parquet`, relationships: `${base}.relationships.parquet` };
        await makeFolderOf(paths.entities);
        await writeParquetTables(graph, paths);
        console.log(`written: ${paths.entities}, ${paths.relationships}`);
        return;
      }
      const files = render(graph, format, options.out, options.bom === true);
      for (const [path, text] of files) {
        await makeFolderOf(path);
        await writeFileAtomic(path, text);
      }
      console.log(`written: ${files.map(([path]) => path).join(", ")}`);
    });
}

async function makeFolderOf(path: string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
  } catch (error) {
    throw new UsageError(`cannot create the folder of ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

function render(graph: XiezuoGraph, format: Exclude<Format, "parquet">, out: string, bom: boolean): [string, string][] {
  switch (format) {
    case "gexf":
      return [[out, toGexf(graph)]];
    case "graphml":
      return [[out, toGraphml(graph)]];
    case "json":
      return [[out, toJson(graph)]];
    case "csv": {
      const base = out.replace(/\.csv$/i, "");
      return [
        [`${base}.nodes.csv`, toNodesCsv(graph, { bom })],
        [`${base}.edges.csv`, toEdgesCsv(graph, { bom })],
      ];
    }
  }
}

