// Real requests covering batch screening and the yente-compatible API; URLs name the batch job the first start
// made as ":job", and its results are asked for once the job has finished.
type Method = 'get' | 'post';
const call = (method: Method, template: string, url: string, body?: unknown) => ({
  method,
  template,
  url,
  body: body === undefined ? undefined : JSON.stringify(body),
});

const BATCH = 'name,reference\nChen Zhi,c-1\nNobody Atall Matches,c-2\n';

export const SCREENING_EXCHANGES = [
  call('post', '/screen/batch', '/api/screen/batch', { format: 'csv', content: BATCH }),
  call('post', '/screen/batch', '/api/screen/batch', { format: 'csv', content: 'reference\nc-1\n' }),
  call('get', '/screen/batch/{id}', '/api/screen/batch/:job'),
  call('get', '/screen/batch/{id}', '/api/screen/batch/00000000-0000-4000-8000-000000000000'),
  call('get', '/screen/batch/{id}', '/api/screen/batch/not-a-job'),
  call('get', '/screen/batch/{id}/results', '/api/screen/batch/:job/results'),
  call('get', '/screen/batch/{id}/results', '/api/screen/batch/:job/results?format=csv'),
  call('get', '/yente/healthz', '/yente/healthz'),
  call('get', '/yente/catalog', '/yente/catalog'),
  call('post', '/yente/match/{dataset}', '/yente/match/default', {
    queries: { q1: { schema: 'Person', properties: { name: ['Chen Zhi'] } } },
  }),
  call('post', '/yente/match/{dataset}', '/yente/match/default', { queries: { q1: { schema: 'Person' } } }),
  call('post', '/yente/match/{dataset}', '/yente/match/no-such-list', {
    queries: { q1: { schema: 'Person', properties: { name: ['Chen Zhi'] } } },
  }),
  call('get', '/yente/search/{dataset}', '/yente/search/default?q=Prince'),
  call('get', '/yente/search/{dataset}', '/yente/search/default'),
  call('get', '/yente/entities/{id}', '/yente/entities/chen-zhi'),
  call('get', '/yente/entities/{id}', '/yente/entities/no-such-entity'),
];

let job = '';
export const screeningUrl = (url: string) => url.replace(':job', job);
export function rememberJob(template: string, status: number, body: any) {
  if (template === '/screen/batch' && status === 202 && !job) job = body.id;
}

/** Waits until the batch job has finished before its results are asked for (it screens in the background). */
export async function settleJob(baseUrl: string, template: string): Promise<void> {
  if (template !== '/screen/batch/{id}/results') return;
  for (let tries = 0; tries < 100; tries++) {
    const status = await (await fetch(`${baseUrl}/api/screen/batch/${job}`)).json();
    if (status.status !== 'running') return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
