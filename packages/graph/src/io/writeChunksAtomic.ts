import { randomBytes } from "node:crypto";
import { open, rename, rm, type FileHandle } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Text is handed to the file in pieces of about this many UTF-16 units: few system calls, no giant string. */
const BATCH_UNITS = 1 << 20;

/**
 * Writes a file from a sequence of text pieces, atomically like `writeFileAtomic` (a temporary
 * file in the same folder, flushed, renamed over the target), without ever joining the pieces:
 * memory holds one batch, not the file.
 */
export async function writeChunksAtomic(path: string, chunks: Iterable<string> | AsyncIterable<string>): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    const handle = await open(temporary, "wx");
    try {
      let batch: string[] = [];
      let units = 0;
      for await (const chunk of chunks) {
        batch.push(chunk);
        units += chunk.length;
        if (units < BATCH_UNITS) continue;
        await writeAll(handle, batch.join(""));
        [batch, units] = [[], 0];
      }
      if (batch.length > 0) await writeAll(handle, batch.join(""));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Writes the whole text, however many system calls the file takes for it. */
async function writeAll(handle: FileHandle, text: string): Promise<void> {
  const bytes = Buffer.from(text, "utf8");
  for (let offset = 0; offset < bytes.length; ) offset += (await handle.write(bytes, offset, bytes.length - offset)).bytesWritten;
}
