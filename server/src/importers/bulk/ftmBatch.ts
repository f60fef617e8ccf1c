// A batch of FtM lines parsed and their rows made, with the warnings they raised: the unit of a bulk load's work
// that a worker thread, or this one, takes.
import { parseFtmLine, type FtmContext } from '../ftmLines.ts';
import type { LineIssue } from '../importTypes.ts';
import { prepareLine, type PreparedLine } from './bulkRows.ts';

export interface PrepareBatch {
  firstLine: number;
  lines: string[];
}
export interface PreparedBatch {
  prepared: PreparedLine[];
  warnings: LineIssue[];
}

export function prepareFtmBatch(
  { firstLine, lines }: PrepareBatch,
  context: Omit<FtmContext, 'warn'>,
  extra: Record<string, string>,
): PreparedBatch {
  const warnings: LineIssue[] = [];
  const prepared: PreparedLine[] = [];
  const withWarnings = { ...context, warn: (issue: LineIssue) => warnings.push(issue) };
  lines.forEach((text, i) => {
    const parsed = parseFtmLine(text, firstLine + i, withWarnings);
    if (parsed) prepared.push(prepareLine(parsed, extra));
  });
  return { prepared, warnings };
}
