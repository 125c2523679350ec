import { loadGazetteer } from "./gazetteer/index.js";
import { collectInputs, prepareDocument } from "./load/index.js";
import type { PreparedDocument } from "./document.js";
import { recognize, type Candidate } from "./recognize/index.js";
import { mergeRelations, relateDocument } from "./relations/index.js";
import { EntityRegistry, resolveDocument } from "./resolve/index.js";
import { segment } from "./segment/index.js";
import type { DocumentInfo, ExtractionResult, Issue, Mention, Relation } from "./types.js";

/** Progress of a run, reported after each file. */
export interface ExtractProgress {
  done: number;
  total: number;
  file: string;
}

export interface ExtractOptions {
  /** Called after each input file is read (or skipped). */
  onProgress?: (progress: ExtractProgress) => void;
  /** Files larger than this many bytes become issues instead of being read (default 20 MB). */
  maxFileBytes?: number;
}

/**
 * Reads articles (files or folders) and returns their documents, entities, mentions,
 * relations and the issues met on the way. Ids are stable and the order deterministic.
 */
export async function extract(inputs: string[], options: ExtractOptions = {}): Promise<ExtractionResult> {
  const { files, issues } = await collectInputs(inputs, { maxFileBytes: options.maxFileBytes });
  const gazetteer = loadGazetteer();
  const registry = new EntityRegistry();
  const documents: DocumentInfo[] = [];
  const mentions: Mention[] = [];
  const relations: Relation[] = [];
  const allIssues: Issue[] = [...issues];
  const seen = new Map<string, string>();
  for (const [index, file] of files.entries()) {
    const prepared = await prepareDocument(file, { maxFileBytes: options.maxFileBytes });
    allIssues.push(...prepared.issues);
    const doc = prepared.document;
    if (doc && seen.has(doc.info.id)) {
      allIssues.push({ file, severity: "warning", message: `same content as ${seen.get(doc.info.id)}; read once` });
    } else if (doc) {
      seen.set(doc.info.id, file);
      const candidates = recognize(doc.text, segment(doc.text), gazetteer, sourceCandidates(doc));
      const resolved = resolveDocument(doc, candidates, gazetteer, registry);
      documents.push(doc.info);
      mentions.push(...resolved.mentions);
      relations.push(...relateDocument(doc, resolved.resolved));
    }
    options.onProgress?.({ done: index + 1, total: files.length, file });
  }
  return {
    documents: documents.sort((a, b) => compare(a.file, b.file)),
    entities: registry.list(),
    mentions: mentions.sort((a, b) => compare(a.document, b.document) || a.start - b.start || a.end - b.end),
    relations: mergeRelations(relations),
    issues: allIssues.sort((a, b) => compare(a.file, b.file)),
  };
}

/** The publisher the page states (来源:百色日报) is an organisation wherever the body names it. */
function sourceCandidates(doc: PreparedDocument): Candidate[] {
  const source = doc.info.source?.trim();
  if (!source || source.length < 2) return [];
  const found: Candidate[] = [];
  for (let at = doc.text.indexOf(source); at >= 0; at = doc.text.indexOf(source, at + source.length)) {
    found.push({ start: at, end: at + source.length, text: source, type: "organization", name: source, priority: 7 });
  }
  return found;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
