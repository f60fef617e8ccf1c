// Export choices: PNG (scale 1-4x, white or transparent), SVG, or the data as JSON, FtM, GraphML or CSV; and
// which links: those visible on the canvas (after filters), or every link among the exported nodes.
import { useState } from 'react';
import { DATA_FORMATS, DATA_FORMAT_LABELS, isDataFormat, type DataFormat } from '../exposure/dataExport.ts';
import { Choice, type ChoiceOption } from '../menus/Choice.tsx';
import { Dropdown, useCloseDropdown } from '../menus/Dropdown.tsx';
import { EXPORT_SCALES } from './exportFrame.ts';
import type { Background } from './pngExport.ts';

export type ExportFormat = 'png' | 'svg' | 'json' | DataFormat;
export type ExportLinks = 'visible' | 'all';

export interface ExportChoice {
  format: ExportFormat;
  scale: number;
  background: Background;
  links: ExportLinks;
}

const FORMATS: ChoiceOption<ExportFormat>[] = [
  { value: 'png', label: 'PNG image' },
  { value: 'svg', label: 'SVG drawing' },
  { value: 'json', label: 'JSON data' },
  ...DATA_FORMATS.map((f) => ({ value: f, label: DATA_FORMAT_LABELS[f] })),
];
const LINKS: ChoiceOption<ExportLinks>[] = [
  { value: 'visible', label: 'The links shown (after filters)' },
  { value: 'all', label: 'All links among these nodes' },
];
const BACKGROUNDS: ChoiceOption<Background>[] = [
  { value: 'white', label: 'White' },
  { value: 'transparent', label: 'Transparent' },
];
const SCALES: ChoiceOption<number>[] = EXPORT_SCALES.map((s) => ({ value: s, label: `${s}×` }));

function ExportOptions({ onExport }: { onExport(choice: ExportChoice): void }) {
  const [choice, setChoice] = useState<ExportChoice>({
    format: 'png',
    scale: 2,
    background: 'white',
    links: 'visible',
  });
  const close = useCloseDropdown();
  const set = (patch: Partial<ExportChoice>) => setChoice((c) => ({ ...c, ...patch }));
  const isImage = choice.format === 'png' || choice.format === 'svg';
  return (
    <>
      <Choice
        caption="Format"
        name="Export format"
        value={choice.format}
        options={FORMATS}
        onChange={(format) => set({ format })}
      />
      <Choice
        caption="Links"
        name="Links to export"
        value={choice.links}
        options={LINKS}
        onChange={(links) => set({ links })}
      />
      {isImage && (
        <Choice
          caption="Background"
          name="Background"
          value={choice.background}
          options={BACKGROUNDS}
          onChange={(background) => set({ background })}
        />
      )}
      {choice.format === 'png' && (
        <Choice
          caption="Scale"
          name="Scale"
          value={choice.scale}
          options={SCALES}
          onChange={(scale) => set({ scale })}
        />
      )}
      <button
        className="primary"
        onClick={() => {
          close();
          onExport(choice);
        }}
      >
        Export {isDataFormat(choice.format) ? 'data' : choice.format.toUpperCase()}
      </button>
    </>
  );
}

export function ExportMenu({ disabled, onExport }: { disabled: boolean; onExport(choice: ExportChoice): void }) {
  return (
    <Dropdown label="Export" name="Export" role="dialog" align="right" disabled={disabled}>
      <ExportOptions onExport={onExport} />
    </Dropdown>
  );
}
