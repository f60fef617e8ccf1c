// Credentials never reach the log: the Authorization and cookie headers, and query parameters that carry secrets.
const REDACTED = '[redacted]';

const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key']);
/** Query parameters named like a credential (token, access_token, apiKey, password, sig, ...). */
const SECRET_PARAM_NAME = /token|key|secret|passw|auth|session|sig|credential/i;
/** A value that looks like a token whatever its name: long, unbroken, letters mixed with digits. */
const looksLikeToken = (value: string) =>
  value.length >= 24 && /^[A-Za-z0-9._~+/=-]+$/.test(value) && /\d/.test(value) && /[A-Za-z]/.test(value);

const isSecretParam = (name: string, value: string) => SECRET_PARAM_NAME.test(name) || looksLikeToken(value);

/** The URL with the values of secret-looking query parameters replaced; the path is kept. */
export function redactUrl(url: string | undefined): string | undefined {
  if (!url || !url.includes('?')) return url;
  const [path, query] = [url.slice(0, url.indexOf('?')), url.slice(url.indexOf('?') + 1)];
  const params = query.split('&').map((pair) => {
    const [name, ...rest] = pair.split('=');
    const value = rest.join('=');
    let decoded = value;
    try {
      decoded = decodeURIComponent(value.replace(/\+/g, ' '));
    } catch {
      // A malformed escape is judged as written.
    }
    return rest.length && isSecretParam(name, decoded) ? `${name}=${REDACTED}` : pair;
  });
  return `${path}?${params.join('&')}`;
}

export function redactHeaders(headers: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!headers) return headers;
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name, SECRET_HEADERS.has(name.toLowerCase()) ? REDACTED : value]),
  );
}

function redactQuery(query: unknown): unknown {
  if (!query || typeof query !== 'object') return query;
  return Object.fromEntries(
    Object.entries(query as Record<string, unknown>).map(([name, value]) => [
      name,
      isSecretParam(name, String(value)) ? REDACTED : value,
    ]),
  );
}

type SerializedRequest = { url?: string; query?: unknown; headers?: Record<string, unknown> };
type SerializedResponse = { headers?: Record<string, unknown> };

/** pino-http serializers: what a request and a response look like in the log. */
export const redactingSerializers = {
  req: (req: SerializedRequest) => ({
    ...req,
    url: redactUrl(req.url),
    query: redactQuery(req.query),
    headers: redactHeaders(req.headers),
  }),
  res: (res: SerializedResponse) => ({ ...res, headers: redactHeaders(res.headers) }),
};

/** For the process logger too, so a header logged anywhere else is still censored. */
export const LOGGER_REDACTION = {
  paths: [
    'req.headers.authorization',
    'req.headers.cookie',
    'headers.authorization',
    'headers.cookie',
    'res.headers["set-cookie"]',
  ],
  censor: REDACTED,
};
