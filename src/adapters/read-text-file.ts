import { readFileSync } from 'node:fs';

/**
 * A file's text, whose read fault always names the file: given a directory, Node's EISDIR comes
 * from read(2) with no path, and the command's one line would not say which option was wrong.
 * A leading byte-order mark (Windows editors write one) is not text: JSON.parse would refuse it
 * as an invisible "Unexpected token".
 */
export function readTextFile(file: string): string {
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const fault = error as NodeJS.ErrnoException;
    if (typeof fault.code === 'string' && fault.path === undefined) fault.path = file;
    throw error;
  }
}
