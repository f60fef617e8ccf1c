// The one typed client of the graph API; its shapes are the server's own (server/src/api/types.ts).
import type {
  ApiErrorBody,
  AuditEntry,
  BatchJobStatus,
  BatchRowResult,
  DuplicateCandidate,
  EntityDeleteResult,
  EntityDetail,
  EntityWriteResult,
  ExposureResult,
  FilteredEntities,
  MergeResult,
  NeighborPage,
  PathResult,
  RelationshipWriteResult,
  ScreeningResult,
  SearchResult,
  SessionInfo,
  StoredRelationshipShape,
  SubgraphResult,
} from '@api/types.ts';
import type { EntityKind, RelationshipType, Source } from '@model/schema.ts';
import type {
  CreateInvestigation,
  Investigation,
  InvestigationSummary,
  OpenedInvestigation,
  UpdateInvestigation,
} from '../../../server/src/investigations/contract.ts';
import type { Direction } from '../canvas/graphState.ts';

/** Whose history to read: an entity (with its relationships') or one relationship. */
export type AuditTarget = { entity: string } | { relationship: string };

/** An API answer that was not a success, carrying the server's readable message. */
export class ApiRequestError extends Error {
  readonly code: string;
  readonly details: unknown;

  constructor(
    readonly status: number,
    { code, message, details = null }: { code: string; message: string; details?: unknown },
  ) {
    super(message);
    this.code = code;
    this.details = details;
  }
}

export interface NeighborQuery {
  types?: RelationshipType[];
  direction?: Direction;
  limit?: number;
  cursor?: string | null;
}

/** What GET /api/paths searches within (all optional: every type, 6 hops, both directions, hubs allowed). */
export interface PathBounds {
  types?: RelationshipType[];
  maxHops?: number;
  direction?: Direction;
  avoidHubsAbove?: number;
}

type Params = Record<string, string | number | undefined | null>;

function queryString(params: Params): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

async function readError(response: Response): Promise<ApiRequestError> {
  const body = (await response.json().catch(() => null)) as ApiErrorBody | null;
  if (body?.error?.message) return new ApiRequestError(response.status, body.error);
  return new ApiRequestError(response.status, {
    code: 'http_error',
    message: `The server answered ${response.status} ${response.statusText}.`.trim(),
  });
}

/** A key for one user action's write (random, from getRandomValues: randomUUID needs a secure context). */
export function newIdempotencyKey(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Waits before the retries of a write that got no answer or a 503 (the database may be restarting). */
const WRITE_RETRY_DELAYS_MS = [500, 1500];
const mayHaveCommitted = (error: unknown) =>
  error instanceof ApiRequestError && (error.status === 503 || error.code === 'network_error');

export interface ScreenQuery {
  name: string;
  birthDate?: string;
  nationality?: string;
  identifier?: string;
  minScore?: number;
  limit?: number;
}

export class ApiClient {
  constructor(
    private readonly baseUrl = '',
    private readonly fetcher: typeof fetch = (...args) => fetch(...args),
    /** The bearer token to send, for servers in token mode. */
    private readonly token: () => string | null = () => null,
  ) {}

  private async request<T>(path: string, init?: RequestInit): Promise<T> {
    return (await this.fetchOk(path, init)).json() as Promise<T>;
  }

  /** Sends the request with the caller's token; a failure becomes an ApiRequestError with the server's message. */
  private async fetchOk(path: string, init?: RequestInit): Promise<Response> {
    let response: Response;
    const token = this.token();
    const auth: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
    try {
      response = await this.fetcher(`${this.baseUrl}/api${path}`, {
        ...init,
        headers: { Accept: 'application/json', ...auth, ...init?.headers },
      });
    } catch {
      throw new ApiRequestError(0, {
        code: 'network_error',
        message: 'The server cannot be reached. Check that it is running and try again.',
      });
    }
    if (!response.ok) throw await readError(response);
    return response;
  }

  /** Who the server takes the caller to be; a 401 means a token is needed. */
  session() {
    return this.request<SessionInfo>('/session');
  }

  search(q: string, { kinds, limit, signal }: { kinds?: EntityKind[]; limit?: number; signal?: AbortSignal } = {}) {
    return this.request<SearchResult>(`/search${queryString({ q, kinds: kinds?.join(','), limit })}`, { signal });
  }

  /** A search by property filters alone (no q), e.g. which of some ids they keep; values as the API takes them. */
  filterEntities(filters: Record<string, string>, { limit, cursor }: { limit?: number; cursor?: string } = {}) {
    return this.request<FilteredEntities>(`/search${queryString({ ...filters, limit, cursor })}`);
  }

  entity(id: string) {
    return this.request<EntityDetail>(`/entities/${encodeURIComponent(id)}`);
  }

  neighbors(id: string, { types, direction, limit, cursor }: NeighborQuery = {}) {
    const query = queryString({ types: types?.join(','), direction, limit, cursor });
    return this.request<NeighborPage>(`/entities/${encodeURIComponent(id)}/neighbors${query}`);
  }

  paths(from: string, to: string, bounds: PathBounds = {}) {
    const { types, maxHops, direction, avoidHubsAbove } = bounds;
    return this.request<PathResult>(
      `/paths${queryString({ from, to, types: types?.length ? types.join(',') : undefined, maxHops, direction, avoidHubsAbove })}`,
    );
  }

  subgraph(ids: string[]) {
    return this.send<SubgraphResult>('POST', '/subgraph', { ids });
  }

  private send<T>(method: string, path: string, body: unknown, signal?: AbortSignal): Promise<T> {
    return this.request<T>(path, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      signal,
    });
  }

  /**
   * A change to the graph or an investigation: one Idempotency-Key per user action, and the same key again when
   * the answer was lost or a 503, so a write that was in fact committed is answered again, never made twice.
   */
  private async write<T>(
    method: string,
    path: string,
    body: unknown,
    key = newIdempotencyKey(),
    retryDelays = WRITE_RETRY_DELAYS_MS,
  ): Promise<T> {
    try {
      return await this.request<T>(path, {
        method,
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
        body: JSON.stringify(body),
      });
    } catch (error) {
      if (!retryDelays.length || !mayHaveCommitted(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, retryDelays[0]));
      return this.write<T>(method, path, body, key, retryDelays.slice(1));
    }
  }

  /** Likely existing entities for a draft (name, kind, birth date, jurisdiction). */
  checkDuplicates(draft: Record<string, unknown>, signal?: AbortSignal) {
    return this.send<{ candidates: DuplicateCandidate[] }>('POST', '/entities/check', draft, signal);
  }

  createEntity(entity: Record<string, unknown>) {
    return this.write<EntityWriteResult>('POST', '/entities', entity);
  }

  /** Changes fields (null removes one) of the version read; a stale version is a 409 carrying the current state. */
  updateEntity(id: string, version: number, changes: Record<string, unknown>, sources: Source[]) {
    return this.write<EntityWriteResult>('PATCH', `/entities/${encodeURIComponent(id)}`, {
      ...changes,
      version,
      sources,
    });
  }

  deleteEntity(id: string, version: number, sources: Source[], cascade = false) {
    return this.write<EntityDeleteResult>(
      'DELETE',
      `/entities/${encodeURIComponent(id)}${cascade ? '?cascade=true' : ''}`,
      { version, sources },
    );
  }

  /** What merging `fromId` into `intoId` would do (the survivor as it would read, what moves); nothing is written. */
  previewMerge(intoId: string, fromId: string, signal?: AbortSignal) {
    return this.send<MergeResult>(
      'POST',
      `/entities/${encodeURIComponent(intoId)}/merge/preview`,
      { from: fromId },
      signal,
    );
  }

  /** Merges `fromId` (the version read) into `intoId`: its relationships, name, aliases and sources move there. */
  mergeEntities(intoId: string, fromId: string, fromVersion: number, sources: Source[]) {
    return this.write<MergeResult>('POST', `/entities/${encodeURIComponent(intoId)}/merge`, {
      from: fromId,
      fromVersion,
      sources,
    });
  }

  createRelationship(relationship: Record<string, unknown>) {
    return this.write<RelationshipWriteResult>('POST', '/relationships', relationship);
  }

  /** A relationship's fields (its type and ends are fixed), as for updateEntity. */
  updateRelationship(id: string, version: number, changes: Record<string, unknown>, sources: Source[]) {
    return this.write<RelationshipWriteResult>('PATCH', `/relationships/${encodeURIComponent(id)}`, {
      ...changes,
      version,
      sources,
    });
  }

  deleteRelationship(id: string, version: number, sources: Source[]) {
    return this.write<{ deleted: StoredRelationshipShape }>('DELETE', `/relationships/${encodeURIComponent(id)}`, {
      version,
      sources,
    });
  }

  /** An entity's history (with its relationships'), or one relationship's, newest first. */
  audit(target: AuditTarget, limit = 20) {
    return this.request<{ entries: AuditEntry[] }>(`/audit${queryString({ ...target, limit })}`);
  }

  exposure(id: string, asOf?: string) {
    return this.request<ExposureResult>(`/entities/${encodeURIComponent(id)}/exposure${queryString({ asOf })}`);
  }

  listInvestigations() {
    return this.request<{ investigations: InvestigationSummary[] }>('/investigations');
  }

  openInvestigation(id: string) {
    return this.request<OpenedInvestigation>(`/investigations/${encodeURIComponent(id)}`);
  }

  createInvestigation(
    body: Omit<CreateInvestigation, 'description' | 'notes' | 'sharing'> & Partial<CreateInvestigation>,
  ) {
    return this.write<{ investigation: Investigation }>('POST', '/investigations', body);
  }

  /** Save, rename or share the version opened; a stale version is a 409 carrying the current state. */
  updateInvestigation(id: string, version: number, changes: Omit<UpdateInvestigation, 'version'>) {
    return this.write<{ investigation: Investigation }>('PATCH', `/investigations/${encodeURIComponent(id)}`, {
      ...changes,
      version,
    });
  }

  duplicateInvestigation(id: string, name?: string) {
    return this.write<{ investigation: Investigation }>('POST', `/investigations/${encodeURIComponent(id)}/duplicate`, {
      name,
    });
  }

  deleteInvestigation(id: string, version: number) {
    return this.write<{ deleted: string }>('DELETE', `/investigations/${encodeURIComponent(id)}`, { version });
  }

  /** Screens one name (with what else is known) against the listed entities. */
  screen(query: ScreenQuery) {
    return this.request<ScreeningResult>(`/screen${queryString({ ...query })}`);
  }

  /**
   * Starts a batch screening job over a CSV or FtM file; the job answers at once and runs in the background. The
   * file goes as itself (text/csv or JSON lines), which the server takes up to 50 MB; inside a JSON body it would
   * meet the 2 MB limit of JSON requests.
   */
  startBatch(content: string, format: 'csv' | 'ftm', minScore: number) {
    return this.request<BatchJobStatus>(`/screen/batch${queryString({ format, minScore })}`, {
      method: 'POST',
      headers: { 'Content-Type': format === 'csv' ? 'text/csv' : 'application/x-ndjson' },
      body: content,
    });
  }

  batchStatus(id: string) {
    return this.request<BatchJobStatus>(`/screen/batch/${encodeURIComponent(id)}`);
  }

  batchResults(id: string) {
    return this.request<BatchJobStatus & { results: BatchRowResult[] }>(
      `/screen/batch/${encodeURIComponent(id)}/results`,
    );
  }

  async batchResultsCsv(id: string): Promise<Blob> {
    return (await this.fetchOk(`/screen/batch/${encodeURIComponent(id)}/results?format=csv`)).blob();
  }

  /** The entities and the relationships among them as a file: FtM JSON lines, GraphML, or one of the two CSVs. */
  /** `edgeIds` limits the file to those links; leave it out for every link among the ids. */
  async exportFile(
    format: 'ftm' | 'graphml' | 'csv',
    ids: string[],
    file?: 'nodes' | 'edges',
    edgeIds?: string[],
  ): Promise<Blob> {
    const body = JSON.stringify(edgeIds ? { ids, edgeIds } : { ids });
    const init = { method: 'POST', headers: { 'Content-Type': 'application/json' }, body };
    return (await this.fetchOk(`/export${queryString({ format, file })}`, init)).blob();
  }
}
