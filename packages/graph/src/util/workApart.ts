import { Worker } from "node:worker_threads";

/** Work being done in another thread: its one answer, and a way to end it early. */
export interface WorkApart<T> {
  /** The worker's one message. */
  result: Promise<T>;
  /** Ends the thread if it is still working (the build failed before it needed the answer). */
  stop(): void;
}

/**
 * Starts `workerFile`, posts it `input` (handing over `transfer`) and waits for its one message.
 * `name` and `answer` word the error when the thread stops without giving it ("the layout worker
 * stopped (exit code 1) before it gave the positions").
 */
export function workApart<T>(workerFile: string, input: unknown, transfer: ArrayBuffer[], name: string, answer: string): WorkApart<T> {
  const worker = new Worker(workerFile);
  const result = new Promise<T>((resolve, reject) => {
    worker.once("message", (answer: T) => {
      resolve(answer);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the ${name} worker stopped (exit code ${code}) before it gave ${answer}`)));
  });
  // Awaited later (or never, when an earlier step fails): a failure here is reported there, not as an unhandled rejection.
  result.catch(() => {});
  worker.postMessage(input, transfer);
  return { result, stop: () => void worker.terminate() };
}
