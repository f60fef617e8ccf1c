import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ensureLauncherBuilt, MissingPrerequisiteError } from '../../neo4j/localNeo4j.ts';
import { renderModelTables } from '../../server/src/model/modelTable.ts';

describe('the local Neo4j launcher', () => {
  it('explains what to install when Java is missing, instead of a stack trace', () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      expect(() => ensureLauncherBuilt()).toThrow(MissingPrerequisiteError);
      expect(() => ensureLauncherBuilt()).toThrow(/Java 17\+ and Maven.*NEO4J_URI.*docker compose up/s);
    } finally {
      process.env.PATH = path;
    }
  });
});

describe('the README', () => {
  it('describes the graph model exactly as the schema declares it', () => {
    expect(readFileSync('README.md', 'utf8')).toContain(renderModelTables());
  });
});
