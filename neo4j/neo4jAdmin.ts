// `neo4j-admin database import full`, run from the Neo4j jars the launcher already ships (neo4j-import-tool comes
// with org.neo4j:neo4j), so a first load needs nothing else installed. It writes the store files directly: the
// database must be stopped, and whatever the store held is replaced.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureLauncherBuilt } from './localNeo4j.ts';

const LAUNCHER_DIR = path.dirname(fileURLToPath(import.meta.url));
const CLASSPATH = [path.join(LAUNCHER_DIR, 'target', 'classes'), path.join(LAUNCHER_DIR, 'target', 'lib', '*')].join(
  path.delimiter,
);

export interface AdminImportInput {
  /** One group per label set, e.g. {labels: ['Entity', 'Person'], files: [header, data]}. */
  nodes: { labels: string[]; files: string[] }[];
  relationships: { type: string; files: string[] }[];
  arrayDelimiter: string;
  /** Some value holds a line break (neo4j-admin reads such files more slowly). */
  multiline: boolean;
}

export interface AdminImportResult {
  nodes: number;
  relationships: number;
  seconds: number;
}

const unicode = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

function adminArgs(input: AdminImportInput, reportFile: string): string[] {
  return [
    'database',
    'import',
    'full',
    // The database name goes first: --multiline-fields takes several values and would swallow it.
    'neo4j',
    '--overwrite-destination=true',
    // Every row was checked here (ids once, both ends present): a bad entry is a bug, not something to skip.
    '--bad-tolerance=0',
    `--report-file=${reportFile}`,
    `--array-delimiter=${unicode(input.arrayDelimiter)}`,
    `--multiline-fields=${input.multiline}`,
    ...input.nodes.map((g) => `--nodes=${g.labels.join(':')}=${g.files.join(',')}`),
    ...input.relationships.map((g) => `--relationships=${g.type}=${g.files.join(',')}`),
  ];
}

/** Imports the CSV files into the `neo4j` database of the launcher's data folder (Neo4j must not be running). */
export async function importWithNeo4jAdmin(
  dataDir: string,
  input: AdminImportInput,
  log: (line: string) => void = () => {},
): Promise<AdminImportResult> {
  ensureLauncherBuilt(log);
  // The launcher keeps its store under <dataDir>/data, which is where neo4j-admin looks with NEO4J_HOME = dataDir.
  const conf = mkdtempSync(path.join(tmpdir(), 'sge-neo4j-admin-conf-'));
  writeFileSync(path.join(conf, 'neo4j.conf'), '');
  mkdirSync(dataDir, { recursive: true });
  const started = performance.now();
  try {
    const output = await runJava(
      ['-Xmx2g', '-cp', CLASSPATH, 'org.neo4j.cli.AdminTool', ...adminArgs(input, path.join(conf, 'import.report'))],
      {
        ...process.env,
        NEO4J_HOME: path.resolve(dataDir),
        NEO4J_CONF: conf,
      },
    );
    const count = (what: string) => Number(new RegExp(`(\\d+) ${what}`).exec(output)?.[1] ?? NaN);
    return {
      nodes: count('nodes'),
      relationships: count('relationships'),
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    rmSync(conf, { recursive: true, force: true });
  }
}

function runJava(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('java', args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`neo4j-admin database import failed (exit ${code}):\n${output.slice(-2_000)}`));
    });
  });
}
