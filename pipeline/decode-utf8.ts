// Step 1: decode a source file as strict UTF-8; a bad byte is an error that says where it is.
import { PipelineError } from './pipeline-error.ts';

function decodes(bytes: Uint8Array, length: number): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Decodes `bytes` keeping a BOM as U+FEFF, so that offsets match `readFileSync(file, 'utf8')`. */
export function decodeUtf8(file: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // Binary search for the shortest prefix that fails: its last byte is the bad one.
    let good = 0;
    let bad = bytes.length;
    if (decodes(bytes, bad)) bad = bytes.length; // only an incomplete sequence at the very end
    else {
      while (bad - good > 1) {
        const mid = (good + bad) >> 1;
        if (decodes(bytes, mid)) good = mid;
        else bad = mid;
      }
    }
    const offset = Math.max(0, bad - 1);
    const line = 1 + bytes.subarray(0, offset).reduce((n, b) => n + (b === 0x0a ? 1 : 0), 0);
    throw new PipelineError(file, `not valid UTF-8 (byte ${offset}, 0x${(bytes[offset] ?? 0).toString(16)})`, line);
  }
}
