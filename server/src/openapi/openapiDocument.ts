// Assembles the OpenAPI 3.1 document from the fragments each capability contributes.
// To document a new capability: write its <capability>/openapi.ts fragment and add it to API_FRAGMENTS.
import { entitiesOpenApi } from '../entities/openapi.ts';
import { expandOpenApi } from '../expand/openapi.ts';
import { exportOpenApi } from '../exporters/openapi.ts';
import { exposureOpenApi } from '../exposure/openapi.ts';
import { importOpenApi } from '../importers/openapi.ts';
import { investigationsOpenApi } from '../investigations/openapi.ts';
import { screenOpenApi } from '../screen/openapi.ts';
import { healthOpenApi } from '../health/openapi.ts';
import { pathsOpenApi } from '../paths/openapi.ts';
import { searchOpenApi } from '../search/openapi.ts';
import { subgraphOpenApi } from '../subgraph/openapi.ts';
import { WRITE_FRAGMENTS } from '../writes/writeRouters.ts';
import { sharedSchemas } from './components.ts';
import { sessionOpenApi } from '../auth/openapi.ts';
import type { OpenApiFragment } from './fragment.ts';

export const API_FRAGMENTS: OpenApiFragment[] = [
  healthOpenApi,
  sessionOpenApi,
  searchOpenApi,
  entitiesOpenApi,
  expandOpenApi,
  pathsOpenApi,
  subgraphOpenApi,
  ...WRITE_FRAGMENTS,
  exposureOpenApi,
  screenOpenApi,
  importOpenApi,
  exportOpenApi,
  investigationsOpenApi,
];

export function buildOpenApiDocument(fragments: OpenApiFragment[] = API_FRAGMENTS): Record<string, unknown> {
  const paths: OpenApiFragment['paths'] = {};
  const schemas = { ...sharedSchemas };
  for (const fragment of fragments) {
    for (const [path, item] of Object.entries(fragment.paths)) paths[path] = { ...paths[path], ...item };
    for (const [name, schema] of Object.entries(fragment.schemas ?? {})) {
      if (schemas[name]) throw new Error(`Two OpenAPI fragments define the schema ${name}.`);
      schemas[name] = schema;
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Sanctions Graph Explorer API',
      version: '0.1.0',
      description:
        'Search, read and traverse a sanctions and ownership graph. Every error answers {error: {code, message, details}}. ' +
        'With AUTH_MODE=token, send "Authorization: Bearer <token>"; reading needs the analyst role.',
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    servers: [{ url: '/api' }],
    components: {
      schemas,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'Only when AUTH_MODE=token.' } },
    },
    paths,
  };
}
