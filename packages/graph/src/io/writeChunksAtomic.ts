import type { FileHandle } from "node:fs/promises";
import { replaceAtomically } from "./writeFileAtomic.js";

/** Bytes gathered before one write to the file. */
const BUFFER_BYTES = 1 << 20;

/**
 * Writes a file from a sequence of text pieces (or UTF-8 bytes), atomically like `writeFileAtomic` (a temporary
 * file in the same folder, flushed, renamed over the target), without ever joining the pieces:
 * each is encoded into one reusable buffer that goes to the file when full. Small pieces (an
 * element, a record) are best: they die young, where garbage collection is cheap, while big
 * joined strings land among the long-lived objects and make every collection walk the graph.
 */
export async function writeChunksAtomic(path: string, chunks: Iterable<Chunk> | AsyncIterable<Chunk>): Promise<void> {
  await replaceAtomically(path, async (handle) => {
    const buffer = Buffer.allocUnsafe(BUFFER_BYTES);
    let used = 0;
    const flush = async () => {
      await writeAll(handle, buffer.subarray(0, used));
      used = 0;
    };
    const add = async (chunk: Chunk) => {
      if (typeof chunk !== "string") {
        // Bytes already encoded (evidence pasted as it was stored): copied in, or written as they are when big.
        if (used + chunk.length > BUFFER_BYTES) await flush();
        if (chunk.length > BUFFER_BYTES) await writeAll(handle, chunk);
        else {
          buffer.set(chunk, used);
          used += chunk.length;
        }
        return;
      }
      // A UTF-16 unit takes at most 3 bytes of UTF-8 (a surrogate pair, two units, takes 4).
      if (used + chunk.length * 3 > BUFFER_BYTES) await flush();
      if (chunk.length * 3 > BUFFER_BYTES) await writeAll(handle, Buffer.from(chunk, "utf8"));
      else used += buffer.write(chunk, used, "utf8");
    };
    if (Symbol.iterator in chunks) {
      // A plain iterable is read without a promise per piece: only a full buffer waits.
      for (const chunk of chunks) {
        if (typeof chunk !== "string" || used + chunk.length * 3 > BUFFER_BYTES) await add(chunk);
        else used += buffer.write(chunk, used, "utf8");
      }
    } else {
      for await (const chunk of chunks) await add(chunk);
    }
    await flush();
  });
}

/** A piece of a file: text, or bytes already encoded as UTF-8. */
export type Chunk = string | Uint8Array;

/** Writes all the bytes, however many system calls the file takes for them. */
async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  for (let offset = 0; offset < bytes.length; ) offset += (await handle.write(bytes, offset, bytes.length - offset)).bytesWritten;
}
