// GET /api/entities/:id/exposure?asOf=YYYY-MM-DD: sanctions exposure per regime, with the reasons.
import { Router } from 'express';
import type { GraphDb } from '../db/graphDb.ts';
import { notFound } from '../model/domainErrors.ts';
import { entityIdParams } from '../http/validation.ts';
import { computeExposure } from './computeExposure.ts';
import { exposureQuery, type ExposureResult } from './contract.ts';
import { today } from './dates.ts';
import { DEFAULT_LIMITS, loadNeighbourhood, loadNeighbourhoods } from './loadNeighbourhood.ts';
import type { OwnershipNeighbourhood } from './neighbourhood.ts';

const resultOf = (graph: OwnershipNeighbourhood, asOf: string): ExposureResult => {
  const target = graph.nodes.get(graph.targetId)!;
  return { entity: { id: target.id, name: target.name, kind: target.kind }, ...computeExposure(graph, asOf) };
};

export async function exposureOf(
  db: GraphDb,
  id: string,
  asOf: string,
  limits = DEFAULT_LIMITS,
): Promise<ExposureResult> {
  const graph = await loadNeighbourhood(db, id, limits);
  if (!graph) throw notFound('entity', id);
  return resultOf(graph, asOf);
}

/** The exposure of many entities at once, by id; ids not in the graph are left out. */
export async function exposuresOf(db: GraphDb, ids: string[], asOf: string): Promise<Map<string, ExposureResult>> {
  const graphs = await loadNeighbourhoods(db, ids);
  return new Map([...graphs].map(([id, graph]) => [id, resultOf(graph, asOf)]));
}

export function exposureRoutes(db: GraphDb): Router {
  const router = Router();
  router.get('/entities/:id/exposure', async (req, res) => {
    const { id } = entityIdParams.parse(req.params);
    const { asOf } = exposureQuery.parse(req.query);
    res.json(await exposureOf(db, id, asOf ?? today()));
  });
  return router;
}
