// Renders the regime table as the README's Markdown table, so the README states each rule as the code applies it.
import { REGIMES, REGIME_NAMES, hasOwnershipRule, thresholdText, type Aggregation, type Guidance } from './regimes.ts';

const cell = (s: string) => s.replace(/\|/g, '\\|');
const cite = (g: Guidance) => cell(`${g.verbatim ? `"${g.text}"` : `${g.text} (paraphrase)`} (${g.source})`);

const AGGREGATION_TEXT: Record<Aggregation, string> = {
  all_persons: 'all listed and blocked persons together',
  one_person_or_joint_arrangement:
    'one person, with those under a joint arrangement (ACTS_JOINTLY_WITH) or whose rights it controls',
  no_ownership_rule: 'nothing adds up (no ownership rule)',
};

export function renderRegimeTable(): string {
  const rows = REGIME_NAMES.map((name) => {
    const spec = REGIMES[name];
    const aggregation = AGGREGATION_TEXT[spec.aggregation.rule];
    const threshold = hasOwnershipRule(name)
      ? `${thresholdText(name)} (${spec.ownership.inclusive ? 'inclusive' : 'strict'})`
      : 'none: only the listing counts';
    const programs = Object.keys(spec.nonBlockingPrograms);
    return [
      `**${name}**: ${spec.name}`,
      spec.authorityIds.map((id) => `\`${id}\``).join(', '),
      `${threshold}: ${cite(spec.ownership.guidance)}`,
      `${aggregation}: ${cite(spec.aggregation.guidance)}`,
      `${spec.control.counts ? 'counts (CONTROLS)' : 'does not count (explanations mention it)'}: ${cite(spec.control.guidance)}`,
      cite(spec.indirect),
      programs.length ? programs.map((p) => `\`${p}\``).join(', ') : 'none (every listing blocks)',
    ];
  });
  return [
    '| Regime | Authorities | Ownership threshold | Whose holdings add up | Control | Through entities | Non-blocking programs |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
  ].join('\n');
}
