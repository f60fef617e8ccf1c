// Where the server listens: loopback unless told otherwise, and never the network without sign-in by accident.
import type { AuthConfig } from '../auth/authConfig.ts';

export interface ListenAddress {
  host: string;
  port: number;
}

/** A configuration the server refuses to start with; its message is the one line the operator reads. */
export class StartupRefused extends Error {}

const isLoopback = (host: string) => host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);

/**
 * HOST (default 127.0.0.1) and PORT (default 3000). In local mode every caller is an investigator without
 * signing in, so a non-loopback HOST is refused unless ALLOW_UNAUTHENTICATED_REMOTE=true says it is meant.
 */
export function readListenAddress(env: NodeJS.ProcessEnv, auth: AuthConfig): ListenAddress {
  const host = env.HOST || '127.0.0.1';
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new StartupRefused(`PORT must be a port number (0-65535), not "${env.PORT}".`);
  }
  if (auth.mode === 'local' && !isLoopback(host) && env.ALLOW_UNAUTHENTICATED_REMOTE !== 'true') {
    throw new StartupRefused(
      `Refusing HOST=${host}: in local mode (AUTH_MODE=local) anyone who can reach it could edit the graph without ` +
        `signing in. Use AUTH_MODE=token for shared use (see README, Deployment), or set ` +
        `ALLOW_UNAUTHENTICATED_REMOTE=true if only you can reach this network.`,
    );
  }
  return { host, port };
}

/** The URL to print: a wildcard address is reached through localhost. */
export function displayUrl({ host, port }: ListenAddress): string {
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}

/** The one-line explanation of a failed listen. */
export function listenFailure(error: NodeJS.ErrnoException, { host, port }: ListenAddress): string {
  if (error.code === 'EADDRINUSE') {
    return (
      `Port ${port} on ${host} is already in use (is the explorer already running?). ` +
      `Stop what uses it, or choose another port: PORT=${port + 1} npm start.`
    );
  }
  if (error.code === 'EACCES')
    return `Listening on port ${port} needs privileges: choose a port above 1023 (PORT=...).`;
  if (error.code === 'EADDRNOTAVAIL') return `HOST=${host} is not an address of this machine.`;
  return `Could not listen on ${host}:${port}: ${error.message}`;
}
