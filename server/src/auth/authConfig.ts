// Who may do what: roles, and the bearer tokens that carry them (from configuration, never from the client).
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const ROLES = ['analyst', 'investigator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Each role can do everything the roles before it can. */
export const roleAtLeast = (role: Role, needed: Role) => ROLES.indexOf(role) >= ROLES.indexOf(needed);

export interface User {
  name: string;
  role: Role;
}

export type AuthConfig = { mode: 'local'; localUser: User } | { mode: 'token'; tokens: Map<string, User> };

const tokenEntry = z.object({
  token: z.string().min(16, 'tokens must be at least 16 characters'),
  name: z.string().min(1),
  role: z.enum(ROLES),
});

/** The single user of the default local mode: one investigator on their own machine. */
export const LOCAL_USER: User = { name: 'local-investigator', role: 'investigator' };

/**
 * AUTH_MODE=local (default) or token. In token mode, AUTH_TOKENS_FILE names a JSON file, or AUTH_TOKENS holds
 * the JSON inline: [{"token": "...", "name": "alice", "role": "investigator"}, ...].
 */
export function readAuthConfig(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const mode = env.AUTH_MODE ?? 'local';
  if (mode === 'local') return { mode: 'local', localUser: LOCAL_USER };
  if (mode !== 'token') throw new Error(`AUTH_MODE must be "local" or "token", not "${mode}".`);
  const json = env.AUTH_TOKENS_FILE ? readFileSync(env.AUTH_TOKENS_FILE, 'utf8') : env.AUTH_TOKENS;
  if (!json) throw new Error('AUTH_MODE=token needs AUTH_TOKENS_FILE or AUTH_TOKENS.');
  const entries = z.array(tokenEntry).min(1).parse(JSON.parse(json));
  return { mode: 'token', tokens: new Map(entries.map((e) => [e.token, { name: e.name, role: e.role }])) };
}

export function describeAuth(config: AuthConfig): string {
  return config.mode === 'local'
    ? `Auth: local mode, a single user "${config.localUser.name}" with role ${config.localUser.role} (set AUTH_MODE=token for shared use).`
    : `Auth: token mode, ${config.tokens.size} token(s) configured.`;
}
