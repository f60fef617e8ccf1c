// Validates FollowTheMoney lines with FtM's own library (followthemoney from PyPI, its schema definitions and
// type checks), installed once into a local virtualenv (.cache/ftm-venv; .ci/run prepares it on CI).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const FTM_VERSION = '4.11.2';
const VENV = path.resolve('.cache/ftm-venv');
const PYTHON = path.join(VENV, 'bin', 'python');
const SCRIPT = path.resolve('tests/support/validate_ftm.py');

const hasFtm = () =>
  existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import followthemoney'], { stdio: 'ignore' }).status === 0;

/** Installs followthemoney into the virtualenv if it is not there yet (from PyPI, a registry, not at run time). */
export function ensureFtmLibrary(): void {
  if (hasFtm()) return;
  execFileSync('python3', ['-m', 'venv', VENV], { stdio: 'inherit' });
  execFileSync(PYTHON, ['-m', 'pip', 'install', '-q', `followthemoney==${FTM_VERSION}`], { stdio: 'inherit' });
}

export interface FtmCheck {
  entities: number;
  problems: string[];
}

export function validateFtmLines(lines: string): FtmCheck {
  return JSON.parse(execFileSync(PYTHON, [SCRIPT], { input: lines, encoding: 'utf8' })) as FtmCheck;
}
