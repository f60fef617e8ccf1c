// Which Neo4j to use: an external server when NEO4J_URI is set, else the project's local one.
export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface ExternalNeo4jSettings {
  uri?: string;
  user: string;
  password: string;
  database: string;
}

export function readNeo4jSettings(env: NodeJS.ProcessEnv = process.env): ExternalNeo4jSettings {
  return {
    uri: env.NEO4J_URI || undefined,
    user: env.NEO4J_USER ?? 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    database: env.NEO4J_DATABASE ?? 'neo4j',
  };
}
