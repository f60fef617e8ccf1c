// Builds and runs the project's own Neo4j (neo4j/ Maven launcher) so that no separate install is needed.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const LAUNCHER_DIR = path.dirname(fileURLToPath(import.meta.url));
const CLASSES = path.join(LAUNCHER_DIR, 'target', 'classes');
const LIBS = path.join(LAUNCHER_DIR, 'target', 'lib');
export const DEFAULT_DATA_DIR = path.resolve(LAUNCHER_DIR, '..', '.data', 'neo4j');

export class MissingPrerequisiteError extends Error {}

export interface Neo4jProcessStatus {
  state: 'running' | 'restarting' | 'stopped';
  restarts: number;
  /** When Neo4j last died unexpectedly, and how. */
  lastExit?: { at: string; code: number | null; signal: string | null };
}

export interface LocalNeo4j {
  uri: string;
  /** True when this process started the JVM (and so must stop it). */
  owned: boolean;
  /** Stops the JVM (and any restart pending); always completes, whatever state the JVM is in. */
  stop(): Promise<void>;
  /** Only for a JVM this process started and supervises. */
  status?(): Neo4jProcessStatus;
  /** The running JVM's process id, if any. */
  pid?(): number | undefined;
}

export interface StartOptions {
  dataDir?: string;
  port?: number;
  pageCacheMiB?: number;
  heap?: string;
  log?: (message: string) => void;
}

const MISSING_TOOLS = (tool: string) =>
  `The explorer runs its own Neo4j (5.26 Community, from Maven Central) and that needs Java 17+ and Maven, ` +
  `but \`${tool}\` was not found on PATH. Install them (Debian/Ubuntu: \`apt-get install openjdk-17-jdk-headless maven\`; ` +
  `macOS: \`brew install openjdk@17 maven\`), or point the explorer at a Neo4j you already run by setting ` +
  `NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE), or use Docker: \`docker compose up\`.`;

function hasCommand(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

/** Compiles the launcher and fetches Neo4j's jars with Maven the first time; a no-op afterwards. */
export function ensureLauncherBuilt(log: (m: string) => void = () => {}): void {
  if (!hasCommand('java', ['-version'])) throw new MissingPrerequisiteError(MISSING_TOOLS('java'));
  if (existsSync(path.join(CLASSES, 'explorer', 'Neo4jLauncher.class')) && existsSync(LIBS)) return;
  if (!hasCommand('mvn', ['-v'])) throw new MissingPrerequisiteError(MISSING_TOOLS('mvn'));
  log(
    'Resolving Neo4j 5.26 Community from Maven Central and building the launcher (first run only, about a minute)...',
  );
  const build = spawnSync('mvn', ['-q', '-B', '-f', path.join(LAUNCHER_DIR, 'pom.xml'), 'package'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error(`Building the Neo4j launcher failed (mvn exited with ${build.status}).`);
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function portAcceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const stateFile = (dataDir: string) => path.join(dataDir, 'launcher.json');

/** The local Neo4j another command of this project already runs on this data folder, if any. */
async function findRunning(dataDir: string): Promise<LocalNeo4j | null> {
  if (!existsSync(stateFile(dataDir))) return null;
  const state = JSON.parse(readFileSync(stateFile(dataDir), 'utf8')) as { pid: number; port: number };
  if (!isAlive(state.pid) || !(await portAcceptsConnections(state.port))) return null;
  return { uri: `bolt://127.0.0.1:${state.port}`, owned: false, stop: async () => {} };
}

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

function waitUntilReady(child: ChildProcess, log: (m: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    if (hasExited(child)) return reject(new Error('Neo4j exited during start-up.'));
    let stderr = '';
    const timer = setTimeout(() => reject(new Error('Neo4j did not start within 180 s.')), 180_000);
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('READY')) {
        clearTimeout(timer);
        resolve();
      } else log('Neo4j is starting...');
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Neo4j exited during start-up (code ${code}).\n${stderr}`));
    });
  });
}

/** A child killed by a signal has exitCode null but signalCode set: both mean it is gone. */
function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (hasExited(child)) return resolve();
    const killTimer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(killTimer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** A JVM that ran this long before dying was healthy: its restart starts the backoff again. */
const HEALTHY_RUN_MS = 60_000;
const restartDelayMs = (attempt: number) => Math.min(1_000 * 2 ** (attempt - 1), 30_000);

/**
 * Keeps one Neo4j JVM running: when it dies unexpectedly it is started again on the same port and data folder,
 * after 1, 2, 4 ... 30 s, saying so in the log and in status().
 */
class Neo4jSupervisor {
  private child: ChildProcess | undefined;
  private status: Neo4jProcessStatus = { state: 'running', restarts: 0 };
  private restartTimer: NodeJS.Timeout | undefined;
  private stopping = false;

  constructor(
    private readonly spawnJvm: () => ChildProcess,
    private readonly onReady: (child: ChildProcess) => void,
    private readonly log: (m: string) => void,
  ) {}

  async start(): Promise<void> {
    await this.launch();
  }

  private async launch(): Promise<void> {
    const child = this.spawnJvm();
    this.child = child;
    await waitUntilReady(child, this.log);
    if (this.stopping) return;
    this.onReady(child);
    const startedAt = Date.now();
    child.once('exit', (code, signal) => this.onExit(child, code, signal, Date.now() - startedAt));
  }

  private onExit(child: ChildProcess, code: number | null, signal: string | null, ranMs: number): void {
    if (this.stopping || child !== this.child) return;
    this.status = { ...this.status, state: 'restarting', lastExit: { at: new Date().toISOString(), code, signal } };
    this.scheduleRestart(ranMs > HEALTHY_RUN_MS ? 1 : this.status.restarts + 1, child.pid);
  }

  private scheduleRestart(attempt: number, deadPid: number | undefined): void {
    const delay = restartDelayMs(attempt);
    this.log(`Neo4j (pid ${deadPid}) stopped unexpectedly: restarting it in ${delay / 1000} s (attempt ${attempt}).`);
    this.restartTimer = setTimeout(async () => {
      try {
        await this.launch();
        if (this.stopping) return;
        this.status = { ...this.status, state: 'running', restarts: this.status.restarts + 1 };
        this.log(`Neo4j is back (pid ${this.child?.pid}, restart ${this.status.restarts}).`);
      } catch (error) {
        if (!this.stopping) {
          this.log(`Restarting Neo4j failed: ${(error as Error).message.split('\n')[0]}`);
          this.scheduleRestart(attempt + 1, this.child?.pid);
        }
      }
    }, delay);
  }

  currentStatus = (): Neo4jProcessStatus => ({ ...this.status });
  pid = () => (this.child && !hasExited(this.child) ? this.child.pid : undefined);

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    this.status = { ...this.status, state: 'stopped' };
    if (this.child) await stopChild(this.child);
  }
}

/** Starts Neo4j in a JVM of its own on a free loopback port; resolves once Bolt accepts connections. */
export async function startLocalNeo4j(options: StartOptions = {}): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  const dataDir = path.resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  ensureLauncherBuilt(log);
  mkdirSync(dataDir, { recursive: true });
  const port = options.port ?? (await findFreePort());
  const javaArgs = [
    `-Xmx${options.heap ?? process.env.NEO4J_HEAP ?? '2g'}`,
    '-XX:+UseG1GC',
    '-cp',
    `${CLASSES}${path.delimiter}${path.join(LIBS, '*')}`,
    'explorer.Neo4jLauncher',
    dataDir,
    String(port),
    String(options.pageCacheMiB ?? Number(process.env.NEO4J_PAGECACHE_MB ?? 512)),
  ];
  log(`Starting Neo4j (data in ${dataDir})...`);
  // stdin stays a pipe: when this process dies, the pipe closes and the launcher shuts Neo4j down.
  const spawnJvm = () => spawn('java', javaArgs, { stdio: ['pipe', 'pipe', 'pipe'] });
  const recordState = (child: ChildProcess) =>
    writeFileSync(stateFile(dataDir), JSON.stringify({ pid: child.pid, port }));
  const supervisor = new Neo4jSupervisor(spawnJvm, recordState, log);
  try {
    await supervisor.start();
  } catch (error) {
    await supervisor.stop();
    throw error;
  }
  return {
    uri: `bolt://127.0.0.1:${port}`,
    owned: true,
    stop: async () => {
      await supervisor.stop();
      rmSync(stateFile(dataDir), { force: true });
    },
    status: supervisor.currentStatus,
    pid: supervisor.pid,
  };
}

/** Uses the project's local Neo4j if another command already runs it, or starts it. */
export async function connectOrStartLocalNeo4j(options: StartOptions = {}): Promise<LocalNeo4j> {
  const dataDir = path.resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  return (await findRunning(dataDir)) ?? startLocalNeo4j({ ...options, dataDir });
}
