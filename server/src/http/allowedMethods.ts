// Which methods each documented path has, so a request with another method is a 405 with Allow, not a 404.
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Returns, for an API path ("/entities/chen-zhi"), the methods the document gives it; null for an unknown path. */
export function allowedMethodsOf(document: { paths?: Record<string, object> }): (path: string) => string[] | null {
  const templates = Object.entries(document.paths ?? {}).map(([template, item]) => {
    const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
    const methods = Object.keys(item)
      .filter((key) => HTTP_METHODS.includes(key))
      .map((m) => m.toUpperCase());
    // Express answers HEAD wherever it answers GET.
    if (methods.includes('GET') && !methods.includes('HEAD')) methods.push('HEAD');
    return { matches: new RegExp(`^${pattern}/?$`), methods };
  });
  return (path) => {
    const found = templates.filter((t) => t.matches.test(path));
    return found.length ? [...new Set(found.flatMap((t) => t.methods))] : null;
  };
}
