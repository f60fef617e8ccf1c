import { Router } from 'express';
import type { GraphDb } from '../db/graphDb.ts';

/** GET /api/health: tells the truth about Neo4j (503 when it does not answer). */
export function healthRoutes(db: GraphDb): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    try {
      await db.ping();
      res.json({ status: 'ok', neo4j: 'up' });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', neo4j: 'down', message: (error as Error).message });
    }
  });
  return router;
}
