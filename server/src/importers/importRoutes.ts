// POST /api/import (admins): the same import as the CLI, for a file sent in the request.
// Either JSON {format, content, fileName?, ...} (within the API's 2 MB JSON limit) or the file itself as
// text/csv or application/x-ndjson (IMPORT_FILE's limit) with ?format=&fileName=.
import express, { Router } from 'express';
import { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { requireRole } from '../auth/authMiddleware.ts';
import type { GraphDb } from '../db/graphDb.ts';
import { ApiError } from '../http/errors.ts';
import { IMPORT_FILE, jsonImport, rawImportQuery } from './contract.ts';
import { ImportInputError } from './parseInput.ts';
import { runImport } from './runImport.ts';

async function* linesOf(content: string): AsyncGenerator<string> {
  yield* createInterface({ input: Readable.from([content]), crlfDelay: Infinity });
}

export function importRoutes(db: GraphDb): Router {
  const router = Router();
  router.post(
    '/import',
    requireRole('admin'),
    express.text({ type: IMPORT_FILE.types, limit: IMPORT_FILE.limit }),
    async (req, res) => {
      const { content, ...options } =
        typeof req.body === 'string'
          ? { ...rawImportQuery.parse(req.query), content: req.body }
          : jsonImport.parse(req.body ?? {});
      if (!content) throw new ApiError(400, 'invalid_input', 'The request has no file content.', null);
      // A client that goes away stops the import after its current batch; the audit entry says interrupted.
      const clientGone = new AbortController();
      res.once('close', () => res.writableEnded || clientGone.abort());
      try {
        res.json(
          await runImport(db, () => linesOf(content), { ...options, actor: req.user, signal: clientGone.signal }),
        );
      } catch (error) {
        if (error instanceof ImportInputError) throw new ApiError(400, 'invalid_file', error.message, null);
        throw error;
      }
    },
  );
  return router;
}
