import { crc32 as zlibCrc32, deflateRawSync, inflateRawSync } from "node:zlib";
import JSZip from "jszip";
import { XlsxWriteError } from "../../src/xlsx/errors";
import { crc32 } from "../../src/xlsx/package/crc32";
import { fflateCodec } from "../../src/xlsx/package/codec";
import { PackageParts } from "../../src/xlsx/package/parts";
import { nodeZipCodec } from "../../src/xlsx/node-files";
import { dosDateTime, writeZip } from "../../src/xlsx/package/zip-write";
import { writeSheetsToPackage } from "../../src/xlsx/write";
import { DEFAULT_READ_LIMITS } from "../../src/xlsx/limits";
import { openZip } from "../../src/xlsx/zip";

const nodeInflate = (data: Uint8Array) => new Uint8Array(inflateRawSync(data));
const text = (s: string) => new TextEncoder().encode(s);

/** A zip made by JSZip (another writer) with one stored and one deflated part and a directory. */
async function foreignZip(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.folder("xl");
  zip.file("xl/stored.bin", text("kept as stored, never deflated"), { compression: "STORE" });
  zip.file("xl/Tên có dấu.xml", "<a>chữ Việt</a>".repeat(50), { compression: "DEFLATE" });
  zip.file("XL/Case.xml", "upper");
  zip.file("xl/case.xml", "lower");
  return zip.generateAsync({ type: "uint8array" });
}

describe("crc32", () => {
  it("gives the check value of the standard and zlib's figure on any bytes", () => {
    expect(crc32(text("123456789"))).toBe(0xcbf43926);
    const random = Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 251);
    expect(crc32(random)).toBe(zlibCrc32(random));
  });

  it("differs when one byte differs", () => {
    expect(crc32(text("123456788"))).not.toBe(0xcbf43926);
  });
});

describe("writeZip", () => {
  it("writes entries that another reader (JSZip) opens with their CRCs checked", async () => {
    const body = text("<x>" + "é".repeat(1000) + "</x>");
    const deflated = new Uint8Array(deflateRawSync(body));
    const bytes = writeZip([
      {
        name: "a/deflated.xml",
        method: 8,
        data: deflated,
        size: body.length,
        crc32: crc32(body),
        ...dosDateTime(new Date(2025, 11, 12, 9, 30, 4)),
      },
      {
        name: "b.txt",
        method: 0,
        data: text("plain"),
        size: 5,
        crc32: crc32(text("plain")),
        dosTime: 0,
        dosDate: 0x21,
      },
    ]);
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(await zip.file("a/deflated.xml")!.async("string")).toBe("<x>" + "é".repeat(1000) + "</x>");
    expect(await zip.file("b.txt")!.async("string")).toBe("plain");
    expect(zip.file("a/deflated.xml")!.date.getFullYear()).toBe(2025);
  });

  it("is refused by a reader checking CRCs when an entry's CRC is wrong", async () => {
    const bytes = writeZip([
      { name: "b.txt", method: 0, data: text("plain"), size: 5, crc32: 1, dosTime: 0, dosDate: 0x21 },
    ]);
    await expect(JSZip.loadAsync(bytes, { checkCRC32: true })).rejects.toThrow(/crc32/i);
  });
});

describe("PackageParts", () => {
  it.each([
    ["Node's zlib", () => Promise.resolve(nodeZipCodec)],
    ["fflate", fflateCodec],
  ])(
    "writes its parts deflated with %s: a zip JSZip reads with CRCs checked, the same texts",
    async (_, codecOf) => {
      const codec = await codecOf();
      const parts = PackageParts.fromZip(await foreignZip(), codec);
      const text = `<sheetData>${"<row><c><v>1</v></c></row>".repeat(500)}</sheetData>`;
      parts.set("xl/new.xml", text);
      const zip = await JSZip.loadAsync(parts.toZip(new Date()), { checkCRC32: true });
      expect(await zip.file("xl/new.xml")!.async("string")).toBe(text);
      // Deflated, not stored: 500 repeats come out far smaller.
      const entry = openZip(parts.toZip(new Date()), DEFAULT_READ_LIMITS, nodeInflate).entries.find(
        (e) => e.name === "xl/new.xml",
      )!;
      expect(entry.method).toBe(8);
      expect(entry.compressedSize).toBeLessThan(text.length / 10);
      expect(
        new TextDecoder().decode(codec.inflate(codec.deflate(new TextEncoder().encode(text)), text.length)),
      ).toBe(text);
    },
  );

  it("copies every part of the input as stored: same method, same compressed bytes, same CRC", async () => {
    const input = await foreignZip();
    const parts = PackageParts.fromZip(input, nodeZipCodec);
    parts.set("xl/new.xml", "<new/>");
    const output = parts.toZip(new Date());
    const before = openZip(input, DEFAULT_READ_LIMITS, nodeInflate);
    const after = openZip(output, DEFAULT_READ_LIMITS, nodeInflate);
    expect(after.entries.map((e) => e.name)).toEqual([...before.entries.map((e) => e.name), "xl/new.xml"]);
    for (const entry of before.entries) {
      const copied = after.entries.find((e) => e.name === entry.name)!;
      expect({ method: copied.method, crc: copied.crc32, size: copied.size }).toEqual({
        method: entry.method,
        crc: entry.crc32,
        size: entry.size,
      });
      expect(after.raw(entry.name)?.data).toEqual(before.raw(entry.name)?.data);
    }
    expect(before.entry("xl/stored.bin")?.method).toBe(0);
    const zip = await JSZip.loadAsync(output, { checkCRC32: true });
    expect(await zip.file("xl/new.xml")!.async("string")).toBe("<new/>");
    // Names that differ only in case keep their own contents.
    expect(await zip.file("XL/Case.xml")!.async("string")).toBe("upper");
    expect(await zip.file("xl/case.xml")!.async("string")).toBe("lower");
  });

  it("reads a part's text, a byte order mark kept, and drops a removed part", () => {
    const parts = PackageParts.of({ "a.xml": "\uFEFF<a/>", "b.xml": "<b/>" }, nodeZipCodec);
    expect(parts.text("a.xml")).toBe("\uFEFF<a/>");
    parts.remove("b.xml");
    expect(parts.text("b.xml")).toBeNull();
    expect(parts.names()).toEqual(["a.xml"]);
  });

  it("fails the write when a part's stored bytes run past the end of the file", async () => {
    const input = await foreignZip();
    const view = new DataView(input.buffer, input.byteOffset, input.byteLength);
    const central = openZip(input, DEFAULT_READ_LIMITS, nodeInflate).entries[1];
    // The central directory's record of that entry: its compressed size now claims the whole file.
    let at = view.getUint32(input.length - 22 + 16, true);
    while (view.getUint32(at + 42, true) !== central.offset)
      at +=
        46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    view.setUint32(at + 20, input.length, true);
    expect(() => PackageParts.fromZip(input, nodeZipCodec)).toThrow(/cut short/);
    await expect(
      writeSheetsToPackage({ source: input, specs: [], isOurs: () => false }),
    ).rejects.toBeInstanceOf(XlsxWriteError);
  });

  it("fails the write, nothing produced, when the input is not a zip", async () => {
    await expect(
      writeSheetsToPackage({ source: text("not a zip at all"), specs: [], isOurs: () => false }),
    ).rejects.toBeInstanceOf(XlsxWriteError);
  });
});
