// A labelled drop-down of choices (export format, scale, path direction...), typed by its values.
export interface ChoiceOption<T extends string | number> {
  value: T;
  label: string;
}

interface ChoiceProps<T extends string | number> {
  /** The visible caption. */
  caption: string;
  /** The accessible name (tests and screen readers find the control by it). */
  name: string;
  value: T;
  options: readonly ChoiceOption<T>[];
  onChange(value: T): void;
}

export function Choice<T extends string | number>({ caption, name, value, options, onChange }: ChoiceProps<T>) {
  return (
    <label>
      {caption}
      <select
        aria-label={name}
        value={value}
        onChange={(e) => onChange(options.find((o) => String(o.value) === e.target.value)!.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
