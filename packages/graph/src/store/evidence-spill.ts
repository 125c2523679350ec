import { closeSync, openSync, readSync, unlinkSync, writeSync } from "node:fs";
import type { RelationEvidence } from "../build/evidenceTable.js";

/** Bytes gathered before one write to the file. */
const WRITE_BYTES = 4 << 20;

/**
 * The relations' evidence bytes kept in a file instead of in memory: at 100k articles they are
 * some 1.3 GB, held from the store's read to the last writer, while each writer needs one
 * relation's at a time. A relation's bytes are appended once, as its evidence is assembled, and
 * read back (one `pread`) each time a writer asks for them; what stays in memory per relation is
 * its counts, its documents and four numbers.
 *
 * The file is removed as soon as it is open where the system allows (POSIX), so a build that
 * dies leaves nothing behind; else when the spill is closed.
 */
export class EvidenceSpill {
  private fd: number | undefined;
  private readonly pending: Buffer = Buffer.allocUnsafe(WRITE_BYTES);
  private pendingBytes = 0;
  /** Bytes in the file, pending ones included: the offset of the next append. */
  private size = 0;
  /** Bytes written to the file. */
  private written = 0;
  private unlinked: boolean;

  constructor(private readonly path: string) {
    this.fd = openSync(path, "w+");
    try {
      unlinkSync(path);
      this.unlinked = true;
    } catch {
      // Windows keeps an open file: it goes at `close`.
      this.unlinked = false;
    }
  }

  /** A relation's evidence whose bytes (`json`, and `graphJson` when they differ) go to the file; read back on each use. */
  keep(evidence: RelationEvidence): RelationEvidence {
    const json = this.append(evidence.json);
    const graph = evidence.graphJson === evidence.json ? json : this.append(evidence.graphJson);
    return new SpilledEvidence(this, evidence.count, evidence.documents, json, evidence.json.length, evidence.graphCount, graph, evidence.graphJson.length);
  }

  /** Writes out what is pending: call once every relation is kept, before the first read. */
  flush(): void {
    if (this.pendingBytes === 0) return;
    this.write(this.pending.subarray(0, this.pendingBytes));
    this.pendingBytes = 0;
  }

  /** `length` bytes from `offset`, in a buffer of their own. */
  read(offset: number, length: number): Buffer {
    const bytes = Buffer.allocUnsafe(length);
    if (length === 0) return bytes;
    if (offset + length > this.written) this.flush();
    let done = 0;
    while (done < length) {
      const read = readSync(this.openFd(), bytes, done, length - done, offset + done);
      if (read === 0) throw new Error(`@xiezuo/graph/EvidenceSpill: ${this.path} ends before byte ${offset + length}.`);
      done += read;
    }
    return bytes;
  }

  /** Closes (and removes) the file: its evidence cannot be read after this. */
  close(): void {
    if (this.fd === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
    if (!this.unlinked) unlinkSync(this.path);
  }

  private append(bytes: Uint8Array): number {
    const offset = this.size;
    this.size += bytes.length;
    if (this.pendingBytes + bytes.length > this.pending.length) this.flush();
    if (bytes.length > this.pending.length) this.write(bytes);
    else {
      this.pending.set(bytes, this.pendingBytes);
      this.pendingBytes += bytes.length;
    }
    return offset;
  }

  private write(bytes: Uint8Array): void {
    let done = 0;
    while (done < bytes.length) done += writeSync(this.openFd(), bytes, done, bytes.length - done, this.written + done);
    this.written += bytes.length;
  }

  private openFd(): number {
    if (this.fd === undefined) throw new Error(`@xiezuo/graph/EvidenceSpill: ${this.path} is closed.`);
    return this.fd;
  }
}

/** A relation's evidence whose bytes are in an `EvidenceSpill`: each read of `json` or `graphJson` reads the file. */
class SpilledEvidence implements RelationEvidence {
  constructor(
    private readonly spill: EvidenceSpill,
    readonly count: number,
    readonly documents: string[],
    private readonly jsonAt: number,
    private readonly jsonLength: number,
    readonly graphCount: number,
    private readonly graphAt: number,
    private readonly graphLength: number,
  ) {}

  get json(): Buffer {
    return this.spill.read(this.jsonAt, this.jsonLength);
  }

  get graphJson(): Buffer {
    return this.spill.read(this.graphAt, this.graphLength);
  }
}
