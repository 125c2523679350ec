import { existsSync } from "node:fs";
import { basename } from "node:path";
import type { Command } from "commander";
import {
  combineEvaluations,
  DEV_HELD_OUT,
  evaluate,
  extract,
  formatEvaluation,
  formatSplit,
  readGold,
  splitGold,
  type Evaluation,
} from "@xiezuo/extract";
import { DEFAULT_CORPUS, DEFAULT_GOLD, DEV_CORPUS, DEV_GOLD } from "../repo-paths.js";
import { UsageError } from "../usage-error.js";

/** A corpus and the answer key that annotates it. */
interface EvalSet {
  name: string;
  corpus: string;
  gold: string;
  /** Also score the read part and the held-out third apart (only the read part's details are shown). */
  split: boolean;
  /** The numbers of the held-out files when fixed by name (else every third file by name). */
  heldOut?: string[];
}

interface EvalOptions {
  gold?: string;
  corpus?: string;
  split?: boolean;
  set?: string;
  json?: boolean;
  details?: boolean;
}

/** The sets to score: the pair given, or ../shared's seeds and dev set. */
function setsOf(options: EvalOptions): EvalSet[] {
  if (options.gold || options.corpus) {
    if (options.set) throw new UsageError("--set names one of ../shared's sets; it does not go with --corpus/--gold");
    if (!options.gold || !options.corpus) throw new UsageError("--corpus and --gold go together: pass the articles and the answer key that annotates them");
    return [{ name: basename(options.gold).replace(/\.gold\.json$|\.json$/, ""), corpus: options.corpus, gold: options.gold, split: Boolean(options.split) }];
  }
  const named: EvalSet[] = [
    { name: "seeds", corpus: DEFAULT_CORPUS, gold: DEFAULT_GOLD, split: false },
    { name: "dev", corpus: DEV_CORPUS, gold: DEV_GOLD, split: true, heldOut: DEV_HELD_OUT },
  ];
  if (!options.set) return named;
  const chosen = named.filter((s) => s.name === options.set);
  if (!chosen.length) throw new UsageError(`unknown set "${options.set}": use ${named.map((s) => s.name).join(" or ")}`);
  return chosen;
}

/** The evaluation without the misses and false finds of held-out files: those are never shown. */
function withoutHeldOutDetails(whole: Evaluation, read: Evaluation): Evaluation {
  return { ...whole, missed: read.missed, spurious: read.spurious, byRule: read.byRule };
}

/** `xiezuo eval`: scores the extractor against gold answer keys (by default ../shared's seeds and dev set). */
export function registerEval(program: Command): void {
  program
    .command("eval")
    .description("score the extractor against gold answer keys: P/R/F1 per entity and relation type")
    .option("--gold <file>", "gold file (default: ../shared/gold/seeds.gold.json and dev.gold.json)")
    .option("--corpus <folder>", "articles the gold file annotates (default: ../shared/corpus and corpus-dev)")
    .option("--set <name>", "score only one of ../shared's sets: seeds or dev")
    .option("--split", "with --corpus/--gold: also score the held-out third (every third file by name) apart")
    .option("--json", "print the scores as JSON")
    .option("--details", "also list every miss and spurious find per document (not of held-out files) and relations by rule")
    .action(async (options: EvalOptions) => {
      const sets = setsOf(options);
      for (const set of sets) {
        if (!existsSync(set.gold)) throw new UsageError(`no gold file at ${set.gold} (it lives in ../shared/gold beside the checkout; pass --gold FILE)`);
        if (!existsSync(set.corpus)) throw new UsageError(`no corpus folder at ${set.corpus} (pass --corpus FOLDER)`);
      }
      const scored = [];
      for (const set of sets) {
        const gold = readGold(set.gold);
        const started = performance.now();
        const result = await extract([set.corpus]);
        const seconds = (performance.now() - started) / 1000;
        const whole = evaluate(result, gold);
        const parts = set.split ? splitGold(gold, set.heldOut) : undefined;
        const split = parts && { read: evaluate(result, parts.read), heldOut: evaluate(result, parts.heldOut) };
        scored.push({ set, seconds, documents: result.documents.length, whole: split ? withoutHeldOutDetails(whole, split.read) : whole, split });
      }
      const combined = scored.length > 1 ? combineEvaluations(scored.map((s) => s.whole)) : undefined;
      if (options.json) {
        const shown = (e: Evaluation) => (options.details ? e : { ...e, missed: undefined, spurious: undefined });
        const sets = scored.map(({ set, seconds, whole, split }) => ({
          name: set.name,
          corpus: set.corpus,
          gold: set.gold,
          seconds,
          evaluation: shown(whole),
          ...(split ? { split: { read: shown(split.read), heldOut: { ...split.heldOut, missed: undefined, spurious: undefined } } } : {}),
        }));
        console.log(JSON.stringify({ sets, ...(combined ? { combined: shown(combined) } : {}) }, null, 2));
        return;
      }
      for (const { set, seconds, documents, whole, split } of scored) {
        console.log(`== ${set.name}: ${set.corpus} against ${set.gold} ==\n`);
        console.log(formatEvaluation(whole, { details: options.details }));
        if (split) {
          console.log(`\n${set.name} split (held out: ${set.heldOut?.join(", ") ?? "every third file by name"}; details above are of the read part only):`);
          console.log(formatSplit([{ label: "read", evaluation: split.read }, { label: "held-out", evaluation: split.heldOut }, { label: "whole", evaluation: whole }]));
        }
        console.log(`\nextraction time: ${seconds.toFixed(2)} s (${documents} documents)\n`);
      }
      if (combined) {
        console.log(`== combined: ${scored.map((s) => s.set.name).join(" + ")} ==\n`);
        console.log(formatEvaluation(combined));
      }
    });
}
