// Screening one name, with what else is known of the counterparty (date of birth, nationality, an identifier).
import type { ScreeningResult } from '@api/types.ts';
import { useState, type FormEvent } from 'react';
import type { ApiClient } from '../api/apiClient.ts';
import { MatchCard, type OpenInExplorer } from './MatchCard.tsx';
import { ThresholdSelect } from './ThresholdSelect.tsx';

export function OneNameScreen({ api, onOpen }: { api: ApiClient; onOpen: OpenInExplorer }) {
  const [fields, setFields] = useState({ name: '', birthDate: '', nationality: '', identifier: '' });
  const [minScore, setMinScore] = useState(0.7);
  const [result, setResult] = useState<ScreeningResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof fields) => (e: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [key]: e.target.value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setResult(await api.screen({ ...fields, nationality: fields.nationality.toUpperCase(), minScore, limit: 10 }));
    } catch (err) {
      setResult(null);
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="screen-section" aria-label="Screen one name">
      <form className="screen-form" onSubmit={submit}>
        <label>
          Name
          <input value={fields.name} onChange={set('name')} placeholder="e.g. Рамзан Кадыров or CHEN Zhi" required />
        </label>
        <label>
          Date of birth
          <input value={fields.birthDate} onChange={set('birthDate')} placeholder="YYYY or YYYY-MM-DD" />
        </label>
        <label>
          Nationality
          <input value={fields.nationality} onChange={set('nationality')} placeholder="ISO code, e.g. KH" size={6} />
        </label>
        <label>
          Identifier
          <input value={fields.identifier} onChange={set('identifier')} placeholder="Passport or id number" />
        </label>
        <ThresholdSelect value={minScore} onChange={setMinScore} />
        <button type="submit" className="primary" disabled={busy || !fields.name.trim()}>
          {busy ? 'Screening…' : 'Screen name'}
        </button>
      </form>
      {error && <p className="error-text">{error}</p>}
      {result && (
        <div className="one-name-results" aria-live="polite">
          <p className="muted">
            {result.matches.length
              ? `${result.matches.length} match${result.matches.length === 1 ? '' : 'es'} at or above ${Math.round(result.minScore * 100)}% for “${result.name}”.`
              : `No listed entity matches “${result.name}” at or above ${Math.round(result.minScore * 100)}%.`}
          </p>
          {result.matches.map((m) => (
            <MatchCard key={m.id} match={m} onOpen={onOpen} />
          ))}
          <p className="muted small">{result.disclaimer}</p>
        </div>
      )}
    </section>
  );
}
