// The real serving process (scripts/serve.ts) as a child, everything it prints in a log file: what benchmarks
// and the operations tests drive, so that signals, logs and exit codes are the ones an operator sees.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface ServerProcess {
  child: ChildProcess;
  /** Everything the process printed, stdout and stderr. */
  logPath: string;
  log(): string;
  /** Resolves with the exit code (or signal) once the process ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves with the URL it printed once it serves; rejects if it exits first. */
  ready: Promise<string>;
  /** Sends SIGKILL if it still runs (cleanup). */
  kill(): void;
}

export function startServerProcess(env: Record<string, string | undefined>): ServerProcess {
  const logPath = path.join(mkdtempSync(path.join(tmpdir(), 'sge-serve-')), 'server.log');
  const out = createWriteStream(logPath);
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => out.end(() => resolve({ code, signal }))),
  );
  const ready = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out.write(chunk);
      if (printed.length < 100_000) printed += chunk.toString();
      const url = /running at (http:\/\/\S+)/.exec(printed)?.[1];
      if (url) resolve(url);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then(({ code }) => reject(new Error(`the server exited (${code}) before serving:\n${printed}`)));
  });
  ready.catch(() => {});
  return {
    child,
    logPath,
    log: () => readFileSync(logPath, 'utf8'),
    exited,
    ready,
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}
