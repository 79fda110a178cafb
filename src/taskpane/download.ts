const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Hands bytes to the browser as a downloaded file: a Blob behind a temporary link, so nothing is
 * sent anywhere. The link is clicked, then removed and its URL released.
 */
export function downloadBytes(bytes: Uint8Array, fileName: string, doc: Document = document): void {
  const blob = new Blob([bytes as BlobPart], { type: XLSX_TYPE });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "so-lieu.xlsx" → "so-lieu (chibo).xlsx": the user's own file is never overwritten. */
export function resultFileName(original: string, suffix: string): string {
  const dot = original.toLowerCase().endsWith(".xlsx") ? original.length - 5 : original.length;
  return `${original.slice(0, dot)} (${suffix}).xlsx`;
}
