// Properties as label/value rows; lists are joined, unknown values are simply absent.
export interface PropertyRow {
  label: string;
  value: unknown;
}

const show = (value: unknown) =>
  Array.isArray(value) ? value.join(', ') : typeof value === 'object' && value ? JSON.stringify(value) : String(value);

export function PropertyTable({ rows }: { rows: PropertyRow[] }) {
  const present = rows.filter(
    (r) => r.value !== undefined && r.value !== null && r.value !== '' && !(Array.isArray(r.value) && !r.value.length),
  );
  if (!present.length) return null;
  return (
    <dl className="property-table">
      {present.map((r) => (
        <div key={r.label}>
          <dt>{r.label}</dt>
          <dd>{show(r.value)}</dd>
        </div>
      ))}
    </dl>
  );
}
