// Step 1: decode a source file as strict UTF-8; a bad byte is an error that says where it is.
import { Buffer, isUtf8 } from 'node:buffer';
import { PipelineError } from './pipeline-error.ts';

function decodes(bytes: Uint8Array, length: number): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** UTF-16 code units of the file being decoded; grown as needed, reused (decoding is synchronous). */
let units = new Uint16Array(1 << 16);

/**
 * Valid UTF-8 (checked first) to UTF-16 code units, then one copy into a string: about three times faster than
 * TextDecoder's UTF-8, which builds the string from the bytes itself. The same text, code unit for code unit. The
 * copy is Buffer's UTF-16LE string (twice as fast as TextDecoder's; like it, it keeps a BOM and reads the units
 * as little-endian, the byte order of x86 and ARM).
 */
function decodeValid(bytes: Uint8Array): string {
  if (units.length < bytes.length) units = new Uint16Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      units[n++] = lead;
      i += 1;
    } else if (lead < 0xe0) {
      units[n++] = ((lead & 0x1f) << 6) | (bytes[i + 1]! & 0x3f);
      i += 2;
    } else if (lead < 0xf0) {
      units[n++] = ((lead & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f);
      i += 3;
    } else {
      const above = (((lead & 0x07) << 18) | ((bytes[i + 1]! & 0x3f) << 12) | ((bytes[i + 2]! & 0x3f) << 6) | (bytes[i + 3]! & 0x3f)) - 0x10000;
      units[n++] = 0xd800 + (above >> 10);
      units[n++] = 0xdc00 + (above & 0x3ff);
      i += 4;
    }
  }
  return Buffer.from(units.buffer, units.byteOffset, n * 2).toString('utf16le');
}

/** Decodes `bytes` keeping a BOM as U+FEFF, so that offsets match `readFileSync(file, 'utf8')`. */
export function decodeUtf8(file: string, bytes: Uint8Array): string {
  // isUtf8 refuses exactly what TextDecoder's fatal mode refuses (overlong forms, surrogates, truncated sequences).
  if (isUtf8(bytes)) return decodeValid(bytes);
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
