// A search field with suggestions (name, kind, sanctioned badge, the alias that matched, a detail that tells
// similar names apart); arrows and Enter pick.
import type { SearchHit } from '@api/types.ts';
import { forwardRef, useState, type KeyboardEvent } from 'react';
import type { ApiClient } from '../api/apiClient.ts';
import { KIND_STYLES } from '../styles/graphStyles.ts';
import { useSearchSuggestions } from './useSearchSuggestions.ts';

interface SearchBoxProps {
  api: ApiClient;
  placeholder?: string;
  label: string;
  onPick(hit: SearchHit): void;
  /** Shows the `/` shortcut hint. */
  shortcutHint?: boolean;
}

export const SearchBox = forwardRef<HTMLInputElement, SearchBoxProps>(function SearchBox(
  { api, placeholder, label, onPick, shortcutHint },
  ref,
) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const { hits, loading, error } = useSearchSuggestions(api, query);
  const showList = open && query.trim().length >= 2;

  const pick = (hit: SearchHit) => {
    onPick(hit);
    setQuery('');
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, hits.length - 1));
    else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (e.key === 'Enter' && hits[active]) pick(hits[active]);
    else if (e.key === 'Escape') {
      setOpen(false);
      (e.target as HTMLInputElement).blur();
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div className="search-box">
      <input
        ref={ref}
        type="search"
        aria-label={label}
        placeholder={placeholder}
        value={query}
        role="combobox"
        aria-expanded={showList}
        aria-autocomplete="list"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {shortcutHint && !query && <kbd className="search-hint">/</kbd>}
      {showList && (
        <ul className="suggestions" role="listbox" aria-label={`${label} suggestions`}>
          {loading && !hits.length && <li className="suggestion-status">Searching…</li>}
          {error && <li className="suggestion-status error">{error}</li>}
          {!loading && !error && !hits.length && <li className="suggestion-status">No match for “{query.trim()}”.</li>}
          {hits.map((hit, i) => (
            <SuggestionItem key={hit.id} hit={hit} active={i === active} onPick={() => pick(hit)} />
          ))}
        </ul>
      )}
    </div>
  );
});

function SuggestionItem({ hit, active, onPick }: { hit: SearchHit; active: boolean; onPick(): void }) {
  const style = KIND_STYLES[hit.kind];
  return (
    <li
      role="option"
      aria-selected={active}
      className={active ? 'suggestion active' : 'suggestion'}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onPick}
    >
      <span className="kind-dot" style={{ background: style?.color }} />
      <span className="suggestion-main">
        <span className="suggestion-name">{hit.name}</span>
        {hit.matchedAlias && <span className="suggestion-alias">alias “{hit.matchedAlias}”</span>}
        {hit.detail && <span className="suggestion-detail">{hit.detail}</span>}
      </span>
      <span className="suggestion-kind">{style?.label ?? hit.kind}</span>
      {hit.sanctioned && <span className="badge sanctioned">Sanctioned</span>}
    </li>
  );
}
