import { DEFAULT_READ_LIMITS } from "../limits";
import { openZip, type ZipEntry } from "../zip";
import type { ZipCodec } from "./codec";
import { crc32 } from "./crc32";
import { dosDateTime, writeZip, type StoredEntry } from "./zip-write";

type Part = { kind: "copied"; entry: ZipEntry; data: Uint8Array } | { kind: "written"; bytes: Uint8Array };

/**
 * The parts of an .xlsx package while sheets are added to it. A part of the user's workbook is
 * kept as its stored (compressed) bytes and written out again exactly so; only the parts set here
 * are deflated. Names are exact, as in the zip (case included); the order of the input is kept,
 * new parts come last.
 */
export class PackageParts {
  private readonly parts = new Map<string, Part>();

  private constructor(private readonly codec: ZipCodec) {}

  /** The parts of a workbook's bytes; throws XlsxReadError for a zip that cannot be read. */
  static fromZip(bytes: Uint8Array, codec: ZipCodec): PackageParts {
    const archive = openZip(bytes, DEFAULT_READ_LIMITS, codec.inflate);
    const made = new PackageParts(codec);
    for (const entry of archive.entries)
      made.parts.set(entry.name, { kind: "copied", entry, data: archive.stored(entry) });
    return made;
  }

  static of(files: Readonly<Record<string, string>>, codec: ZipCodec): PackageParts {
    const made = new PackageParts(codec);
    for (const [name, text] of Object.entries(files)) made.set(name, text);
    return made;
  }

  has(name: string): boolean {
    return this.parts.has(name);
  }

  /** Every part's name, directories included, in the package's order. */
  names(): string[] {
    return [...this.parts.keys()];
  }

  /** A part as text (UTF-8; a byte order mark is kept as a character); null when there is none. */
  text(name: string): string | null {
    const part = this.parts.get(name);
    if (!part) return null;
    return new TextDecoder("utf-8", { ignoreBOM: true }).decode(
      part.kind === "written" ? part.bytes : this.inflated(part.entry, part.data),
    );
  }

  set(name: string, content: string | Uint8Array): void {
    const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
    this.parts.set(name, { kind: "written", bytes });
  }

  remove(name: string): void {
    this.parts.delete(name);
  }

  /** The package as zip bytes; parts set here are dated `now`. */
  toZip(now: Date): Uint8Array {
    const stamp = dosDateTime(now);
    const entries: StoredEntry[] = [];
    for (const [name, part] of this.parts) {
      if (part.kind === "copied") {
        const { method, size, crc32: crc, dosTime, dosDate } = part.entry;
        entries.push({ name, method, data: part.data, size, crc32: crc, dosTime, dosDate });
        continue;
      }
      const deflated = this.codec.deflate(part.bytes);
      const stored = deflated.length >= part.bytes.length;
      entries.push({
        name,
        method: stored ? 0 : 8,
        data: stored ? part.bytes : deflated,
        size: part.bytes.length,
        crc32: crc32(part.bytes),
        ...stamp,
      });
    }
    return writeZip(entries);
  }

  private inflated(entry: ZipEntry, data: Uint8Array): Uint8Array {
    if (entry.method === 0) return data;
    if (entry.method !== 8) throw new Error(`${entry.name} uses a compression method chibo cannot read`);
    return this.codec.inflate(data, entry.size);
  }
}
