// Where the server listens, and what it says when it cannot: real server processes.
import { createServer, connect, type Server } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../support/serverProcess.ts';

const started: ServerProcess[] = [];
const start = (env: Record<string, string>) => {
  const server = startServerProcess(env);
  started.push(server);
  return server;
};
afterEach(() => started.splice(0).forEach((s) => s.kill()));

function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

const nonLoopbackAddress = () =>
  Object.values(networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;

describe('the listen address', () => {
  it('is 127.0.0.1 by default, so nobody else on the network reaches the local (no sign-in) mode', async () => {
    const server = start({});
    const url = new URL(await server.ready);
    expect(url.hostname).toBe('127.0.0.1');
    expect(await accepts('127.0.0.1', Number(url.port))).toBe(true);
    const external = nonLoopbackAddress();
    if (external) expect(await accepts(external, Number(url.port))).toBe(false);
  });

  it('refuses a network address in local mode with a one-line explanation, and exits non-zero', async () => {
    const server = start({ HOST: '0.0.0.0' });
    const { code } = await server.exited;
    expect(code).toBe(1);
    expect(server.log()).toMatch(
      /Refusing HOST=0\.0\.0\.0: in local mode .* AUTH_MODE=token .*ALLOW_UNAUTHENTICATED_REMOTE=true/,
    );
    expect(server.log()).not.toContain('running at');
  });

  it('listens on the network in local mode only when that is explicitly allowed', async () => {
    const server = start({ HOST: '0.0.0.0', ALLOW_UNAUTHENTICATED_REMOTE: 'true' });
    const url = new URL(await server.ready);
    const external = nonLoopbackAddress();
    if (external) expect(await accepts(external, Number(url.port))).toBe(true);
  });
});

describe('a port already in use', () => {
  it('makes start-up fail with a message naming the port and what to do, instead of pretending to run', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const server = start({ PORT: String(port) });
      const { code } = await server.exited;
      expect(code).toBe(1);
      expect(server.log()).toContain(`Port ${port} on 127.0.0.1 is already in use`);
      expect(server.log()).toContain(`PORT=${port + 1} npm start`);
      expect(server.log()).not.toContain('running at');
    } finally {
      blocker.close();
    }
  });
});
