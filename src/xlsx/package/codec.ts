import type { RawInflate } from "../zip";

/**
 * How the package writer inflates the parts it reads and deflates the parts it writes. Node passes
 * its native zlib (node-files.ts: faster, and fflate is then never loaded); elsewhere fflate does
 * it, loaded only when a package is written.
 */
export interface ZipCodec {
  /** Raw inflate to exactly `size` bytes, bounded (zip.ts). */
  inflate: RawInflate;
  /** Raw deflate (level 6, as Excel's own parts). */
  deflate: (data: Uint8Array) => Uint8Array;
}

export async function fflateCodec(): Promise<ZipCodec> {
  const [{ deflateSync }, { inflateBounded }] = await Promise.all([
    import(/* webpackMode: "eager" */ "fflate"),
    import(/* webpackMode: "eager" */ "../inflate-fflate"),
  ]);
  return { inflate: inflateBounded, deflate: (data) => deflateSync(data, { level: 6 }) };
}
