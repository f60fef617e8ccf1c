// What the Screen page sends as a batch: pasted names (one a line, or a CSV with a header naming a name column)
// or an uploaded file (CSV, or FollowTheMoney lines when its lines are JSON objects).
export interface BatchContent {
  content: string;
  format: 'csv' | 'ftm';
}

const NAME_HEADER = /^(name|full_?name|fullname|customer_?name|entity_?name)$/i;

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

function looksLikeFtm(text: string): boolean {
  const first = text.split('\n').find((line) => line.trim());
  return first?.trim().startsWith('{') ?? false;
}

function hasCsvHeader(text: string): boolean {
  const first = text.split('\n').find((line) => line.trim()) ?? '';
  return first.split(',').some((cell) => NAME_HEADER.test(cell.trim().replace(/^"|"$/g, '')));
}

/** Pasted text: FtM lines or a CSV with its header as they are, else one name a line (a CSV with a name column). */
export function pastedBatch(text: string): BatchContent {
  if (looksLikeFtm(text)) return { content: text, format: 'ftm' };
  if (hasCsvHeader(text)) return { content: text, format: 'csv' };
  const names = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return { content: ['name', ...names.map(quoted)].join('\n'), format: 'csv' };
}

/** An uploaded file: FtM by its extension or its first line, else CSV (which must have a header). */
export function uploadedBatch(fileName: string, text: string): BatchContent {
  if (/\.(jsonl|ndjson|json|ftm)$/i.test(fileName) || looksLikeFtm(text)) return { content: text, format: 'ftm' };
  return hasCsvHeader(text) ? { content: text, format: 'csv' } : pastedBatch(text);
}
