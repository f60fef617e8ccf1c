// Renders the model as the README's Markdown tables, so the README cannot drift from the schema.
import { ENTITY_KINDS, RELATIONSHIP_TYPES } from './schema.ts';

const cell = (s: string) => s.replace(/\|/g, '\\|');

export function renderModelTables(): string {
  const kinds = Object.entries(ENTITY_KINDS).map(
    ([kind, spec]) =>
      `| \`${kind}\` | ${spec.ftm ?? '- (a property value)'} | ${cell(spec.description)} | ${Object.keys(spec.fields)
        .map((f) => `\`${f}\``)
        .join(', ')} |`,
  );
  const types = Object.entries(RELATIONSHIP_TYPES).map(([type, spec]) => {
    const from = spec.from.length ? spec.from.join(', ') : 'any';
    const to = spec.to.length ? spec.to.join(', ') : 'any';
    const required = 'required' in spec ? (spec.required as readonly string[]) : [];
    const fields = Object.keys(spec.fields).map((f) => (required.includes(f) ? `\`${f}\` (required)` : `\`${f}\``));
    return `| \`${type}\` | ${spec.ftm ?? '-'} | ${from} → ${to} | ${fields.join(', ') || '-'} | ${cell(spec.description)} |`;
  });
  return [
    '| Label (kind) | FollowTheMoney | What it is | Fields beyond the common ones |',
    '| --- | --- | --- | --- |',
    ...kinds,
    '',
    '| Relationship | FollowTheMoney | From → to | Fields beyond the common ones | What it means |',
    '| --- | --- | --- | --- | --- |',
    ...types,
  ].join('\n');
}
