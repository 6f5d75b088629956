// Saving generated or downloaded content as a file in the browser.

/** Offers `content` as a file download named `filename`. */
export function saveFile(filename: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoke later: some browsers read the blob only after the click handler returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
