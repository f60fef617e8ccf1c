// Inputs for form fields, each with its label and, as you type, what the shared schema says is wrong with it.
import type { Draft, FormField } from './draftFields.ts';

interface FieldInputsProps {
  fields: FormField[];
  draft: Draft;
  problems: Record<string, string>;
  /** Prefix of problem paths for these fields, e.g. "sources.0." */
  pathPrefix?: string;
  idPrefix: string;
  onChange(name: string, value: string): void;
}

export function FieldInputs({ fields, draft, problems, pathPrefix = '', idPrefix, onChange }: FieldInputsProps) {
  return (
    <div className="form-fields">
      {fields.map((field) => {
        const id = `${idPrefix}-${field.name}`;
        const problem =
          problems[`${pathPrefix}${field.name}`] ??
          Object.entries(problems).find(([path]) => path.startsWith(`${pathPrefix}${field.name}.`))?.[1];
        const value = draft[field.name] ?? '';
        return (
          <div className={`form-field${problem ? ' invalid' : ''}`} key={field.name}>
            <label htmlFor={id}>
              {field.label}
              {field.required && <span aria-hidden="true"> *</span>}
            </label>
            {field.input === 'choice' ? (
              <select id={id} value={value} onChange={(e) => onChange(field.name, e.target.value)}>
                <option value="">(unknown)</option>
                {field.choices?.map((c) => (
                  <option key={c}>{c}</option>
                ))}
              </select>
            ) : (
              <input
                id={id}
                value={value}
                inputMode={field.input === 'number' ? 'decimal' : undefined}
                aria-invalid={Boolean(problem)}
                onChange={(e) => onChange(field.name, e.target.value)}
              />
            )}
            {problem && (
              <span className="field-error" role="alert">
                {field.label}: {problem}
              </span>
            )}
          </div>
        );
      })}
    </div>
  );
}
