// Renders the regime table as the README's Markdown table, so the README states each rule as the code applies it.
import { REGIMES, REGIME_NAMES, thresholdText, type Guidance } from './regimes.ts';

const cell = (s: string) => s.replace(/\|/g, '\\|');
const cite = (g: Guidance) => cell(`${g.verbatim ? `"${g.text}"` : `${g.text} (paraphrase)`} (${g.source})`);

export function renderRegimeTable(): string {
  const rows = REGIME_NAMES.map((name) => {
    const spec = REGIMES[name];
    const aggregation =
      spec.aggregation.rule === 'all_persons'
        ? 'all listed and blocked persons together'
        : 'one person, with those under a joint arrangement (ACTS_JOINTLY_WITH) or whose rights it controls';
    const programs = Object.keys(spec.nonBlockingPrograms);
    return [
      `**${name}**: ${spec.name}`,
      spec.authorityIds.map((id) => `\`${id}\``).join(', '),
      `${thresholdText(name)} (${spec.ownership.inclusive ? 'inclusive' : 'strict'}): ${cite(spec.ownership.guidance)}`,
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
