// The human summary printed at the end of an import.
import type { ImportSummary, Outcomes } from './importTypes.ts';

const outcomes = (o: Outcomes) => `${o.created} created, ${o.updated} updated, ${o.unchanged} unchanged`;

export function summaryText(s: ImportSummary): string {
  const lines = [
    `Imported ${s.recordsRead} records (${s.format}, source: ${s.source.reference}, ${s.source.publisher}, ${s.source.date}) in ${s.seconds.toFixed(1)} s (${s.recordsPerSecond} records/s).`,
    `Entities: ${outcomes(s.entities)}.`,
    `Relationships: ${outcomes(s.relationships)}.`,
    `Skipped: ${s.skippedCount}.`,
    ...s.skipped.map((i) => `  line ${i.line}: ${i.reason}`),
    `Linked to entities already in the graph (strong evidence): ${s.linkedCount}.`,
    ...s.linked.map((l) => `  line ${l.line}: ${l.name} (list id ${l.listId}) -> ${l.linkedTo}: ${l.evidence}`),
    `Possible matches reported, not merged: ${s.candidateCount}.`,
    ...s.candidates.map((c) => `  line ${c.line}: ${c.recordId} "${c.name}" ~ ${c.existingId}: ${c.reason}`),
  ];
  const h = s.history;
  if (h?.olderEdition)
    lines.unshift(`Edition ${h.edition} is older than ${h.previousEdition}, already imported: nothing was changed.`);
  else if (h)
    lines.push(
      `List edition ${h.edition}${h.previousEdition ? ` (previous: ${h.previousEdition})` : ''}: ${h.added} added, ${h.changed} changed, ${h.delisted} delisted, ${h.relisted} relisted, ${h.unchanged} unchanged.`,
    );
  if (s.unresolvedLinkCount)
    lines.push(
      `Linked To names not resolved: ${s.unresolvedLinkCount}.`,
      ...s.unresolvedLinks.map((i) => `  line ${i.line}: ${i.reason}`),
    );
  if (s.warningCount)
    lines.push(`Warnings: ${s.warningCount}.`, ...s.warnings.map((w) => `  line ${w.line}: ${w.reason}`));
  return lines.join('\n');
}
