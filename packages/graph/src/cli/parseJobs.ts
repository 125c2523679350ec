import { UsageError } from "./usage-error.js";

/** A commander parser for `--jobs`: a whole number of worker threads, at least 1. */
export function parseJobs(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new UsageError(`--jobs expects a whole number of at least 1, got "${value}"`);
  return Number(value);
}
