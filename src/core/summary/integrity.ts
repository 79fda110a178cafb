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

/** The marker fields the integrity code covers: everything but the code itself. */
export interface MarkerIdentity {
  format: number;
  kind: string;
  criteria: string;
  unit: string;
  parent: string | null;
  period: number | null;
  headerRow: number;
  firstDataRow: number;
  totalRow: number;
  markerColumn: number;
}

/**
 * The integrity code of a summary table. From format 2 on it covers every field of the marker
 * (unit, parent, kind, period, criteria, the rows and column of the table), so that a unit re-sent
 * with only its parent edited in the hidden marker reads as modified; format 1 covered the kind,
 * unit, period and the table's values only, and is still read that way.
 */
export function summaryCode(
  identity: MarkerIdentity,
  rows: readonly (readonly (string | number | null)[])[],
): string {
  const head =
    identity.format < 2
      ? [identity.kind, identity.unit, String(identity.period ?? "")]
      : [
          String(identity.format),
          identity.kind,
          identity.criteria,
          identity.unit,
          identity.parent ?? "",
          String(identity.period ?? ""),
          String(identity.headerRow),
          String(identity.firstDataRow),
          String(identity.totalRow),
          String(identity.markerColumn),
        ];
  return integrityCode(canonicalRows([head, ...rows]));
}
