// The found paths one at a time: "Path 2 of 3", its steps in words, and Previous/Next to step through them.
import type { PathResult } from '@api/types.ts';
import type { Core } from 'cytoscape';
import { useEffect, useState } from 'react';
import { describePath } from './pathBounds.ts';

/** Marks the shown path on the canvas (a view highlight, not an undoable graph change). */
function focusPath(cy: Core | null, result: PathResult, index: number) {
  if (!cy) return;
  cy.elements('.path-current').removeClass('path-current');
  const path = result.paths[index];
  if (!path) return;
  for (const id of [...path.nodeIds, ...path.edgeIds]) cy.$id(id).addClass('path-current');
}

export function PathSteps({ result, cy }: { result: PathResult; cy: Core | null }) {
  const [index, setIndex] = useState(0);
  const count = result.paths.length;
  useEffect(() => {
    focusPath(cy, result, index);
    return () => focusPath(cy, { ...result, paths: [] }, 0);
  }, [cy, result, index]);
  if (!count) return null;
  return (
    <div className="path-steps" aria-label="Path steps">
      <div className="path-step-nav">
        <button
          onClick={() => setIndex((i) => (i - 1 + count) % count)}
          disabled={count < 2}
          aria-label="Previous path"
        >
          ‹
        </button>
        <span role="status">
          Path {index + 1} of {count}
        </span>
        <button onClick={() => setIndex((i) => (i + 1) % count)} disabled={count < 2} aria-label="Next path">
          ›
        </button>
      </div>
      <p className="path-words">{describePath(result, index)}</p>
    </div>
  );
}
