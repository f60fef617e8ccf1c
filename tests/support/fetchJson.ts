// Calls the test server and returns status and parsed body, for tests that check both.
import type { ApiErrorBody } from '../../server/src/api/types.ts';

export interface JsonResponse<T = any> {
  status: number;
  /** The success shape, or the uniform error body on a 4xx/5xx. */
  body: T & { error: ApiErrorBody['error'] };
}

export async function getJson<T = any>(baseUrl: string, path: string): Promise<JsonResponse<T>> {
  const response = await fetch(`${baseUrl}${path}`);
  return { status: response.status, body: (await response.json()) as JsonResponse<T>['body'] };
}

export async function postJson<T = any>(baseUrl: string, path: string, body: unknown): Promise<JsonResponse<T>> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as JsonResponse<T>['body'] };
}
