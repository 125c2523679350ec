import { readFileSync } from "node:fs";
import type { EntityType, RelationType } from "../types.js";

/** An entity of the answer key (see ../shared/gold/GUIDELINES.md). */
export interface GoldEntity {
  type: EntityType;
  name: string;
  aliases?: string[];
  parent?: string;
  uncertain?: boolean;
}

export interface GoldRelation {
  type: RelationType;
  source: string;
  target: string;
  amount_yuan?: number;
  title?: string;
  evidence?: string;
}

export interface GoldDocument {
  file: string;
  title?: string;
  date?: string | null;
  source?: string | null;
  entities: GoldEntity[];
  relations: GoldRelation[];
}

export interface GoldFile {
  version: number;
  documents: GoldDocument[];
}

/** Reads and checks a gold file; the message says what is wrong with it. */
export function readGold(path: string): GoldFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`cannot read the gold file ${path}: ${(error as Error).message}`);
  }
  const gold = parsed as Partial<GoldFile>;
  if (!Array.isArray(gold.documents)) throw new Error(`the gold file ${path} has no "documents" list`);
  for (const doc of gold.documents) {
    if (typeof doc.file !== "string" || !Array.isArray(doc.entities)) {
      throw new Error(`the gold file ${path} has a document without "file" or "entities"`);
    }
    doc.relations ??= [];
  }
  return gold as GoldFile;
}
