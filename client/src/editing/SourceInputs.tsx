// The source a write cites: a URL or a reference, the publisher and the date. Every write needs one.
import type { Draft, FormField } from './draftFields.ts';
import { FieldInputs } from './FieldInputs.tsx';

const SOURCE_INPUTS: FormField[] = [
  { name: 'url', label: 'Source URL', input: 'text', required: false },
  { name: 'reference', label: 'or reference', input: 'text', required: false },
  { name: 'publisher', label: 'Publisher', input: 'text', required: true },
  { name: 'date', label: 'Source date (YYYY-MM-DD)', input: 'text', required: true },
];

interface SourceInputsProps {
  draft: Draft;
  problems: Record<string, string>;
  idPrefix: string;
  onChange(draft: Draft): void;
}

export function SourceInputs({ draft, problems, idPrefix, onChange }: SourceInputsProps) {
  return (
    <fieldset className="source-inputs">
      <legend>Source of this change</legend>
      <FieldInputs
        fields={SOURCE_INPUTS}
        draft={draft}
        problems={problems}
        pathPrefix="sources.0."
        idPrefix={`${idPrefix}-source`}
        onChange={(name, value) => onChange({ ...draft, [name]: value })}
      />
      {problems.sources && (
        <span className="field-error" role="alert">
          Sources: {problems.sources}
        </span>
      )}
    </fieldset>
  );
}
