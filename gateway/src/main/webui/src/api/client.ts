import type { Problem, Violation } from './types';

/** An error answered by a service; `detail` is what the user is shown. */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  /** The fields a service refused, when it named them. */
  readonly violations: Violation[];

  constructor(status: number, title: string, detail: string, violations: Violation[] = []) {
    super(detail || title);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail || title;
    this.violations = violations;
  }
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

let csrfToken: string | null = null;
let onUnauthorized: () => void = () => window.location.reload();

/** The token from /api/me that the gateway requires on every state-changing request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Replaceable for tests; by default a 401 reloads the page, which sends the browser to the login page. */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

export interface RequestOptions {
  body?: unknown;
  accept?: string;
  signal?: AbortSignal;
}

async function problemOf(response: Response): Promise<ApiError> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const problem = (await response.json()) as Problem;
      return new ApiError(
        response.status,
        problem.title ?? response.statusText,
        problem.detail ?? problem.title ?? `Request failed (${response.status})`,
        Array.isArray(problem.violations) ? problem.violations : [],
      );
    } catch {
      // Fall through to the generic message: the body was not the JSON it claimed to be.
    }
  }
  const generic =
    response.status >= 500
      ? 'The service is unavailable right now. Please try again.'
      : `Request failed (${response.status} ${response.statusText})`;
  return new ApiError(response.status, response.statusText, generic);
}

/**
 * Sends a request to the gateway and hands back its successful Response unread: the credentials, CSRF token and error
 * handling every call shares. Failures reject with an ApiError (problem+json), an AbortError passes through.
 */
async function send(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { Accept: options.accept ?? 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (UNSAFE_METHODS.has(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'Network error', 'Cannot reach Factdesk. Check your connection and try again.');
  }

  if (response.status === 401) {
    onUnauthorized();
    // The page is going away to log in again; nothing should render an error meanwhile.
    return new Promise<Response>(() => {});
  }
  if (!response.ok) throw await problemOf(response);
  return response;
}

/** Sends a request to the gateway and returns the parsed JSON (or text for non-JSON answers). */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(method, path, options);
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json') && !(options.accept && !options.accept.includes('application/json'))) {
    return (await response.json()) as T;
  }
  return (await response.text()) as T;
}

/**
 * A GET whose body the caller reads as a stream (large downloads): the same credentials and error handling as
 * {@link request}, but the successful Response is handed back unread.
 */
export function openStream(path: string, accept: string, signal?: AbortSignal): Promise<Response> {
  return send('GET', path, { accept, signal });
}

export const http = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body: body ?? {} }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

/** Builds a query string from the set values only. */
export function query(params: Record<string, string | number | boolean | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '' && value !== false) search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.detail;
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}
