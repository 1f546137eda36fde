// Saves bytes or text as a file through a temporary link; copies a PNG to the clipboard where allowed.

export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const MIME = {
  png: 'image/png',
  svg: 'image/svg+xml;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
  zip: 'application/zip',
} as const;

export function download(filename: string, content: string | Uint8Array, type: string): void {
  downloadBlob(filename, new Blob([content as BlobPart], { type }));
}

/** True where the page may write images to the clipboard (secure context with the async clipboard API). */
export function canCopyImage(): boolean {
  return typeof window !== 'undefined' && window.isSecureContext && typeof ClipboardItem !== 'undefined' && typeof navigator.clipboard?.write === 'function';
}

export async function copyPng(bytes: Uint8Array): Promise<void> {
  await navigator.clipboard.write([new ClipboardItem({ [MIME.png]: new Blob([bytes as BlobPart], { type: MIME.png }) })]);
}

/** Writes text to the clipboard; rejects where the browser has no clipboard or refuses it. */
export async function copyText(text: string): Promise<void> {
  if (typeof navigator === 'undefined' || typeof navigator.clipboard?.writeText !== 'function') throw new Error('no clipboard');
  await navigator.clipboard.writeText(text);
}
