// Reads a file as UTF-8 text, turning an oversized or non-UTF-8 file into a finding.
import { readFile, stat } from 'node:fs/promises';
import type { Finding } from '../model/finding.js';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type TextResult = { text: string } | { finding: Finding };

export async function readText(absolute: string, file: string): Promise<TextResult> {
  try {
    return await readChecked(absolute, file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    return { finding: fileFinding(file, 'file-unreadable', `cannot read the file: ${why}`) };
  }
}

async function readChecked(absolute: string, file: string): Promise<TextResult> {
  const size = (await stat(absolute)).size;
  if (size > MAX_FILE_BYTES) {
    return { finding: fileFinding(file, 'file-too-large', `file is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB (split it into several files)`) };
  }
  const bytes = await readFile(absolute);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { finding: notUtf8(file, bytes) };
  }
}

function fileFinding(file: string, ruleId: string, message: string, line = 1, column = 1): Finding {
  return { ruleId, severity: 'error', message, file, line, column };
}

/** Points at the first byte that is not UTF-8, so the user can find it. */
function notUtf8(file: string, bytes: Uint8Array): Finding {
  const offset = firstBadByte(bytes);
  const lines = new TextDecoder().decode(bytes.subarray(0, offset)).split('\n');
  return fileFinding(
    file,
    'not-utf8',
    `file is not valid UTF-8 (byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')} at offset ${offset}); save it as UTF-8`,
    lines.length,
    [...lines.at(-1)!].length + 1,
  );
}

/** Offset of the first byte that starts no well-formed UTF-8 sequence (approximate: the decoder decides). */
function firstBadByte(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const trailing = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (trailing < 0) return i;
    for (let k = 1; k <= trailing; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += trailing + 1;
  }
  return 0;
}
