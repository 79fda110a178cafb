import { Inflate } from "fflate";

/** Compressed bytes handed to the inflater at a time: at most ~1 MiB × 1032 of output per step. */
const INFLATE_STEP = 16 * 1024;

/**
 * Inflates into a buffer of the declared size, feeding the compressed bytes in small steps so that
 * a part that inflates past its declared size (a zip bomb lying about its sizes) is stopped after
 * at most one step's output, instead of being inflated to the end.
 */
export function inflateBounded(data: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size);
  let filled = 0;
  let overflow = false;
  const inflater = new Inflate((chunk) => {
    if (overflow) return;
    if (filled + chunk.length > out.length) {
      overflow = true;
      return;
    }
    out.set(chunk, filled);
    filled += chunk.length;
  });
  for (let at = 0; at < data.length && !overflow; at += INFLATE_STEP) {
    const end = Math.min(at + INFLATE_STEP, data.length);
    inflater.push(data.subarray(at, end), end === data.length);
  }
  if (overflow) throw new Error("the part holds more than its declared size");
  return filled === out.length ? out : out.subarray(0, filled);
}
