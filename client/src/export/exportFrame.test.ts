import { assertCanvasFits, CANVAS_MAX_SIDE, ExportTooLargeError, frameExport, wrapText } from './exportFrame.ts';
import { describeSources, legendEntries } from './scene.ts';

const legend = legendEntries(['Person', 'Company', 'PublicBody'], ['ownership', 'sanction'], true);

describe('export frame', () => {
  it('puts the legend and the source line below the graph, and grows with the scale', () => {
    const one = frameExport(1200, 800, legend, 'Sources: OFAC. Exported 2026-01-08.', 1);
    const two = frameExport(2400, 1600, legend, 'Sources: OFAC. Exported 2026-01-08.', 2);
    expect(one.legend).toHaveLength(legend.length);
    expect(one.legend[0].y).toBeGreaterThan(one.graph.y + one.graph.height);
    expect(one.sourceLines[0].y).toBeGreaterThan(one.legend.at(-1)!.y);
    expect(one.height).toBeGreaterThan(one.sourceLines[0].y);
    expect(two.width).toBe(one.width * 2);
    expect(Math.abs(two.height - one.height * 2)).toBeLessThanOrEqual(2);
  });

  it('keeps a small graph wide enough for its legend', () => {
    const frame = frameExport(40, 40, legend, 'x', 1);
    expect(frame.width).toBeGreaterThanOrEqual(560);
    expect(frame.legend.every((l) => l.x < frame.width)).toBe(true);
  });

  it('wraps a long source line instead of cutting it', () => {
    const lines = wrapText('word '.repeat(200).trim(), 300, 11);
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.join(' ')).toBe('word '.repeat(200).trim());
  });
});

describe('canvas size check', () => {
  it('accepts an image browsers can draw', () => {
    expect(() => assertCanvasFits(4000, 3000, 2)).not.toThrow();
  });

  it('refuses an image beyond the canvas limit with a clear message and the largest scale that fits', () => {
    const attempt = () => assertCanvasFits(20_000, 12_000, 4);
    expect(attempt).toThrow(ExportTooLargeError);
    expect(attempt).toThrow(/At 4× this graph would be 20,000 × 12,000 px.*Choose 2× or less, or export SVG/);
  });

  it('suggests SVG when no scale fits', () => {
    expect(() => assertCanvasFits(CANVAS_MAX_SIDE * 2, 1000, 1)).toThrow(/Export SVG instead/);
  });
});

describe('source line', () => {
  it('names every publisher behind the exported links, most cited first, and says when it was exported', () => {
    const source = (publisher: string) => ({ publisher, date: '2025-10-14', url: 'https://example.org' });
    const text = describeSources(
      [
        source('UK FCDO'),
        source('US Treasury OFAC'),
        source('US Treasury OFAC'),
        source('A'),
        source('B'),
        source('C'),
      ],
      '2026-01-08',
    );
    expect(text).toBe(
      'Sources: US Treasury OFAC; UK FCDO; A; B; C. Exported 2026-01-08 from Sanctions Graph Explorer.',
    );
  });
});
