// Real requests covering the investigation endpoints; URLs name the investigation the first create made as ":inv".
const view = {
  nodes: [{ id: 'chen-zhi', x: 0, y: 0 }],
  edges: [],
  hiddenGroups: [],
  layout: 'fcose',
  selection: null,
  viewport: null,
  asOf: null,
};
const note = { id: 'n1', text: 'Chairman', target: { kind: 'node', id: 'chen-zhi' } };
type Method = 'get' | 'post' | 'patch' | 'delete';
const call = (method: Method, template: string, url: string, body?: unknown) => ({
  method,
  template,
  url,
  body: body === undefined ? undefined : JSON.stringify(body),
});

export const INVESTIGATION_EXCHANGES = [
  call('post', '/investigations', '/api/investigations', { name: 'OpenAPI investigation', view, notes: [note] }),
  call('post', '/investigations', '/api/investigations', { name: '', view }),
  call('get', '/investigations', '/api/investigations'),
  call('get', '/investigations/{id}', '/api/investigations/:inv'),
  call('get', '/investigations/{id}', '/api/investigations/inv-00000000-0000-0000-0000-000000000000'),
  call('get', '/investigations/{id}', '/api/investigations/nope'),
  call('patch', '/investigations/{id}', '/api/investigations/:inv', { version: 1, name: 'Renamed' }),
  call('patch', '/investigations/{id}', '/api/investigations/:inv', { version: 1, name: 'Stale' }),
  call('patch', '/investigations/{id}', '/api/investigations/:inv', { name: 'No version' }),
  call('get', '/investigations/{id}/history', '/api/investigations/:inv/history'),
  call('post', '/investigations/{id}/duplicate', '/api/investigations/:inv/duplicate', {}),
  call('delete', '/investigations/{id}', '/api/investigations/:inv', { version: 2 }),
];

import type { GraphDb } from '../../server/src/db/graphDb.ts';

let created = '';
const made: string[] = [];
/** The URL with ":inv" replaced by the investigation the first successful create made. */
export const investigationUrl = (url: string) => url.replace(':inv', created);
export function rememberInvestigation(template: string, method: string, status: number, body: any) {
  if (method !== 'post' || status !== 201 || !template.startsWith('/investigations')) return;
  made.push(body.investigation.id);
  if (!created) created = body.investigation.id;
}

/** Removes the investigations these exchanges made and their audit entries. */
export async function removeInvestigationExchangeData(db: GraphDb): Promise<void> {
  await db.writeTx(async (tx) => {
    await tx.run('MATCH (i:Investigation) WHERE i.id IN $ids DELETE i', { ids: made });
    await tx.run("MATCH (a:AuditEntry) WHERE a.targetKind = 'investigation' AND a.targetId IN $ids DELETE a", {
      ids: made,
    });
  });
}
