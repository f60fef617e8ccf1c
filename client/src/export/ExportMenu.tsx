// Export choices: PNG (scale 1-4x, white or transparent), SVG, or the data as JSON, FtM, GraphML or CSV.
import { useState } from 'react';
import { DATA_FORMATS, DATA_FORMAT_LABELS, isDataFormat, type DataFormat } from '../exposure/dataExport.ts';
import { EXPORT_SCALES } from './exportFrame.ts';
import type { Background } from './pngExport.ts';

export type ExportFormat = 'png' | 'svg' | 'json' | DataFormat;

export interface ExportChoice {
  format: ExportFormat;
  scale: number;
  background: Background;
}

export function ExportMenu({ disabled, onExport }: { disabled: boolean; onExport(choice: ExportChoice): void }) {
  const [choice, setChoice] = useState<ExportChoice>({ format: 'png', scale: 2, background: 'white' });
  const set = (patch: Partial<ExportChoice>) => setChoice((c) => ({ ...c, ...patch }));
  return (
    <div className="export-menu" role="group" aria-label="Export">
      <select
        aria-label="Export format"
        value={choice.format}
        onChange={(e) => set({ format: e.target.value as ExportFormat })}
      >
        <option value="png">PNG image</option>
        <option value="svg">SVG drawing</option>
        <option value="json">JSON data</option>
        {DATA_FORMATS.map((f) => (
          <option key={f} value={f}>
            {DATA_FORMAT_LABELS[f]}
          </option>
        ))}
      </select>
      {choice.format !== 'json' && !isDataFormat(choice.format) && (
        <select
          aria-label="Background"
          value={choice.background}
          onChange={(e) => set({ background: e.target.value as Background })}
        >
          <option value="white">White</option>
          <option value="transparent">Transparent</option>
        </select>
      )}
      {choice.format === 'png' && (
        <select aria-label="Scale" value={choice.scale} onChange={(e) => set({ scale: Number(e.target.value) })}>
          {EXPORT_SCALES.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      )}
      <button disabled={disabled} onClick={() => onExport(choice)}>
        Export
      </button>
    </div>
  );
}
