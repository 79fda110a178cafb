/**
 * FNV-1a (32-bit, twice with different seeds → 16 hex digits) over a canonical text.
 * It tells whether a summary's numbers were edited after chibo made them; it is not a
 * signature and does not stop a determined forger (design.md asks for edit detection).
 */
export function integrityCode(text: string): string {
  return fnv1a(text, 0x811c9dc5) + fnv1a(text, 0x01000193 ^ 0x5bd1e995);
}

function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** Canonical text of a table of values: stable across hosts (numbers without trailing zeros). */
export function canonicalRows(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows
    .map((row) =>
      row
        .map((v) => (v === null ? "" : typeof v === "number" ? String(Number(v.toFixed(6))) : v))
        .join("\u001f"),
    )
    .join("\u001e");
}
