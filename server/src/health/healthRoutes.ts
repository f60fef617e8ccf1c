import { Router } from 'express';
import type { Neo4jProcessStatus } from '../../../neo4j/localNeo4j.ts';
import type { GraphDb } from '../db/graphDb.ts';

/**
 * GET /api/health: tells the truth about Neo4j (503 when it does not answer). Why it does not answer (hosts,
 * ports, pool state) goes to the log, not to the caller.
 */
export function healthRoutes(db: GraphDb, neo4jProcess?: () => Neo4jProcessStatus): Router {
  const router = Router();
  router.get('/health', async (req, res) => {
    const supervisor = neo4jProcess ? { neo4jProcess: neo4jProcess() } : {};
    try {
      await db.ping();
      res.json({ status: 'ok', neo4j: 'up', ...supervisor });
    } catch (error) {
      req.log?.warn({ err: error }, 'health check: Neo4j does not answer');
      res.status(503).json({ status: 'unavailable', neo4j: 'down', ...supervisor });
    }
  });
  return router;
}
