// Refuses text that cannot be stored faithfully: NUL characters and lone UTF-16 surrogates (JSON "\ud800") are
// a 400 naming the field, instead of being stored as they are or silently replaced.
import type { RequestHandler } from 'express';
import { ApiError } from './errors.ts';

const NUL = '\u0000';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function problemOf(text: string): string | null {
  if (text.includes(NUL)) return 'must not contain NUL characters (\\u0000)';
  if (LONE_SURROGATE.test(text)) return 'must not contain lone UTF-16 surrogates (invalid Unicode)';
  return null;
}

/** The first string (value or key) in `value` that cannot be stored, with its path ("sources.0.publisher"). */
export function findUnsafeText(value: unknown, path: string): { path: string; message: string } | null {
  if (typeof value === 'string') {
    const message = problemOf(value);
    return message ? { path, message } : null;
  }
  if (!value || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    const found = (problemOf(key) && { path: at, message: `name ${problemOf(key)}` }) || findUnsafeText(item, at);
    if (found) return found;
  }
  return null;
}

/**
 * Opaque tokens the API gave out (page cursors) are never stored, and their own decoder answers a forged one with
 * the precise `invalid_cursor` (start again without it), which tells a client more than "invalid text" would.
 */
const OPAQUE_PARAMS = new Set(['cursor']);

/** Query parameters whose percent-encoding is not UTF-8 (a lone surrogate, a stray byte) are refused too. */
function findUndecodableParam(url: string): { path: string; message: string } | null {
  const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
  for (const pair of query.split('&')) {
    const [name, value = ''] = pair.split('=');
    try {
      if (OPAQUE_PARAMS.has(decodeURIComponent(name))) continue;
      decodeURIComponent(value);
    } catch {
      return { path: decodeURIComponentSafe(name), message: 'is not valid UTF-8 once decoded' };
    }
  }
  return null;
}

const storedParams = (query: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(query).filter(([name]) => !OPAQUE_PARAMS.has(name)));

const decodeURIComponentSafe = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

export const refuseUnsafeText: RequestHandler = (req, _res, next) => {
  const problem =
    findUndecodableParam(req.originalUrl) ??
    findUnsafeText(storedParams(req.query), '') ??
    findUnsafeText(req.body, typeof req.body === 'string' ? 'content' : '');
  if (!problem) return next();
  const where = problem.path || 'the request body';
  next(new ApiError(400, 'invalid_input', `Invalid input: ${where} ${problem.message}.`, [problem]));
};
