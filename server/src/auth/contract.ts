// GET /api/session: the auth mode and the caller.
import { z } from 'zod';
import type { Contract } from '../http/operations.ts';
import { ROLES } from './authConfig.ts';

export const sessionInfo = z.object({
  mode: z.enum(['local', 'token']),
  user: z.object({ name: z.string(), role: z.enum(ROLES) }),
});
export type SessionInfo = z.infer<typeof sessionInfo>;

export const sessionContract: Contract = {
  schemas: { SessionInfo: sessionInfo },
  operations: [
    {
      method: 'get',
      path: '/session',
      operationId: 'session',
      summary: 'The caller: auth mode, name and role (401 in token mode without a valid token).',
      responses: { 200: { description: 'The signed-in caller.', schema: sessionInfo } },
      errors: [],
    },
  ],
};
