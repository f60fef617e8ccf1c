// Fitting the drawing into the part of the canvas that nothing lies over (the notes controls, the "changed since
// saved" notice): Cytoscape fits to its whole container, so a node could end up under such a control.
import type { Core } from 'cytoscape';
import { FIT_PADDING } from './layouts.ts';

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Room left between an overlay and the nearest label. */
const OVERLAY_MARGIN = 8;

/**
 * The fit margin that keeps every node clear of the overlays: each is cleared from the edge of the canvas it is
 * nearest to (a fit keeps the drawing at least the margin away from every edge).
 */
export function clearancePadding(canvas: Rect, overlays: Rect[], base = FIT_PADDING): number {
  let padding = base;
  for (const o of overlays) {
    if (o.right <= canvas.left || o.left >= canvas.right || o.bottom <= canvas.top || o.top >= canvas.bottom) continue;
    const reach = Math.min(o.bottom - canvas.top, canvas.bottom - o.top, o.right - canvas.left, canvas.right - o.left);
    padding = Math.max(padding, Math.ceil(reach) + OVERLAY_MARGIN);
  }
  return padding;
}

/** The fit margin for this canvas now: the overlays are the elements beside it marked data-canvas-overlay. */
export function fitPadding(cy: Core | null): number {
  const container = cy?.container();
  const stage = container?.parentElement;
  if (!container || !stage) return FIT_PADDING;
  const overlays = [...stage.querySelectorAll<HTMLElement>('[data-canvas-overlay]')]
    .map((e) => e.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0);
  return clearancePadding(container.getBoundingClientRect(), overlays);
}
