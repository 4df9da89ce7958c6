import { readFileSync } from 'node:fs';

/**
 * A file's text, whose read fault always names the file: given a directory, Node's EISDIR comes
 * from read(2) with no path, and the command's one line would not say which option was wrong.
 * A leading byte-order mark (Windows editors write one) is not text: JSON.parse would refuse it
 * as an invisible "Unexpected token". The same editors save "Unicode" as UTF-16 with a mark:
 * read as UTF-8 it is mojibake that `explain --file` would score and JSON.parse refuse.
 */
export function readTextFile(file: string): string {
  try {
    return decodeText(readFileSync(file));
  } catch (error) {
    const fault = error as NodeJS.ErrnoException;
    if (typeof fault.code === 'string' && fault.path === undefined) fault.path = file;
    throw error;
  }
}

/** UTF-16 by its byte-order mark (little- or big-endian), else UTF-8 without its mark. */
function decodeText(bytes: Buffer): string {
  // Whole code units only: a stray last byte (a cut-off file) would make swap16 throw.
  const units = () => Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2)));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return units().toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return units().swap16().toString('utf16le');
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}
