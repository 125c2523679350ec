import cliProgress from "cli-progress";
import { defaultJobs, extract, type ExtractionResult, type ExtractOptions, type ExtractProgress } from "@xiezuo/extract";

/** Reports per-file progress: a bar on a terminal, nothing when output is piped or in CI. */
export interface ProgressReporter {
  update: (progress: ExtractProgress) => void;
  stop: () => void;
}

/** A progress bar on stderr when it is a terminal (files done of total, current file). */
export function progressReporter(label: string): ProgressReporter {
  if (!process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {value}/{total} {file}`, stream: process.stderr, hideCursor: false, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: ({ done, total, file }) => {
      if (!started) {
        bar.start(total, 0, { file: "" });
        started = true;
      }
      bar.update(done, { file });
    },
    stop: () => {
      if (started) bar.stop();
      started = false;
    },
  };
}

/** Runs the extractor over the inputs with a progress bar on a terminal (counting files across the workers; default: one per core). */
export async function extractWithProgress(inputs: string[], options: Omit<ExtractOptions, "onProgress"> = {}): Promise<ExtractionResult> {
  const progress = progressReporter("extracting");
  try {
    return await extract(inputs, { jobs: defaultJobs(), ...options, onProgress: progress.update });
  } finally {
    progress.stop();
  }
}
