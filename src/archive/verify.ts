/** `referat verify PATH`: a folder is checked as a BagIt bag, a file as a WACZ. */
import { stat } from 'node:fs/promises';
import { ruleIds } from '../diagnostics/messages.ts';
import { Problems } from './problems.ts';
import { verifyBag } from './verify-bag.ts';
import { verifyWacz } from './verify-wacz.ts';

export interface Verified {
  kind: 'bag' | 'wacz' | 'unknown';
  problems: Problems;
  /** "141 payload files", "93 WARC records": what was checked. */
  checked: string;
}

export async function verifyPath(path: string, shown: string = path): Promise<Verified> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) {
    const problems = new Problems();
    problems.error(shown, info.code === 'ENOENT' ? 'missing: no such file or folder' : `cannot be read (${info.code ?? info.message})`, ruleIds.missingFile);
    return { kind: 'unknown', problems, checked: 'nothing' };
  }
  if (info.isDirectory()) {
    const { problems, files } = await verifyBag(path, shown);
    return { kind: 'bag', problems, checked: `${files} payload files` };
  }
  const { problems, records } = await verifyWacz(path, shown);
  return { kind: 'wacz', problems, checked: `${records} WARC records` };
}
