// The lowest score a match needs to be reported.
const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9];

export function ThresholdSelect({ value, onChange }: { value: number; onChange: (value: number) => void }) {
  return (
    <label>
      Minimum score
      <select value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {THRESHOLDS.map((t) => (
          <option key={t} value={t}>
            {Math.round(t * 100)}%{t === 0.7 ? ' (default)' : ''}
          </option>
        ))}
      </select>
    </label>
  );
}
