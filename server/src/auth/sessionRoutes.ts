import { Router } from 'express';
import type { AuthConfig } from './authConfig.ts';

/** GET /api/session: who the caller is, so the explorer can ask for a token and show only what the role allows. */
export function sessionRoutes(auth: AuthConfig): Router {
  const router = Router();
  router.get('/session', (req, res) => {
    res.json({ mode: auth.mode, user: req.user });
  });
  return router;
}
