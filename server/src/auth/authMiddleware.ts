// Identifies the caller from the bearer token (token mode) and guards routes by role.
import type { RequestHandler } from 'express';
import { ApiError } from '../http/errors.ts';
import { roleAtLeast, type AuthConfig, type Role, type User } from './authConfig.ts';

declare module 'express-serve-static-core' {
  interface Request {
    user?: User;
  }
}

/** Endpoints anyone may call, whatever token they send (load balancers, API tools). */
export const PUBLIC_PATHS = new Set(['/health', '/openapi.json']);

/**
 * Attaches req.user; an unknown token is refused at once, a missing one leaves the caller anonymous. A public
 * endpoint ignores the token, so a stale one in an API tool does not make the health check fail.
 */
export function identifyCaller(config: AuthConfig): RequestHandler {
  return (req, _res, next) => {
    if (config.mode === 'local') {
      req.user = config.localUser;
      return next();
    }
    const header = req.headers.authorization;
    if (!header || PUBLIC_PATHS.has(req.path)) return next();
    const match = /^Bearer (.+)$/i.exec(header);
    const user = match ? config.tokens.get(match[1].trim()) : undefined;
    if (!user) return next(new ApiError(401, 'invalid_token', 'The bearer token is not valid.', null));
    req.user = user;
    next();
  };
}

/** 401 for anonymous callers, 403 for callers whose role is below the one needed. */
export function requireRole(needed: Role): RequestHandler {
  return (req, _res, next) => {
    if (!req.user)
      return next(new ApiError(401, 'unauthenticated', 'Sign in: send "Authorization: Bearer <token>".', null));
    if (!roleAtLeast(req.user.role, needed)) {
      return next(
        new ApiError(403, 'forbidden', `This needs the ${needed} role; you are ${req.user.role}.`, {
          needed,
          role: req.user.role,
        }),
      );
    }
    next();
  };
}
