import i18n from '../i18n';
import type { Problem, Violation } from './types';

/** The stable problem types of the services (`urn:factdesk:problem:<slug>`), each with a sentence in every catalogue. */
const PROBLEM_PREFIX = 'urn:factdesk:problem:';
export const PROBLEM_SLUGS = [
  'validation',
  'malformed-request',
  'unauthorized',
  'forbidden',
  'workflow-rule',
  'not-found',
  'conflict',
  'illegal-transition',
  'too-large',
  'rate-limited',
  'unavailable',
  'internal',
  // Not from a service: the browser could not reach the gateway at all.
  'network',
] as const;
export type ProblemSlug = (typeof PROBLEM_SLUGS)[number];

/** An error answered by a service; `detail` is the service's own (English) explanation. */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  /** The problem's machine-readable type, e.g. urn:factdesk:problem:conflict; null when the answer named none. */
  readonly type: string | null;
  /** Whether `detail` is this UI's generic stand-in rather than the service's specific explanation. */
  readonly generic: boolean;
  /** The fields a service refused, when it named them. */
  readonly violations: Violation[];

  constructor(
    status: number,
    title: string,
    detail: string,
    { violations = [], type = null, generic = false }: { violations?: Violation[]; type?: string | null; generic?: boolean } = {},
  ) {
    super(detail || title);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail || title;
    this.generic = generic || !detail;
    this.violations = violations;
    this.type = type;
  }

  /** The slug of a Factdesk problem type this UI has a sentence for, else null. */
  get slug(): ProblemSlug | null {
    if (!this.type?.startsWith(PROBLEM_PREFIX)) return null;
    const slug = this.type.slice(PROBLEM_PREFIX.length);
    return (PROBLEM_SLUGS as readonly string[]).includes(slug) ? (slug as ProblemSlug) : null;
  }
}

const problemType = (slug: ProblemSlug) => PROBLEM_PREFIX + slug;

/** The detail of an error this client makes up itself: the English sentence of its type, as a service would write. */
const englishSentence = (type: string) => i18n.t(`problems:${type.slice(PROBLEM_PREFIX.length) as ProblemSlug}`, { lng: 'en' });

/** A type for answers that carry none (a proxy's HTML error page), so the user still reads a sentence in their language. */
function typeByStatus(status: number): string | null {
  if (status === 403) return problemType('forbidden');
  if (status === 404) return problemType('not-found');
  if (status === 413) return problemType('too-large');
  if (status === 429) return problemType('rate-limited');
  if (status >= 500) return problemType('unavailable');
  return null;
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
  if ((response.headers.get('content-type') ?? '').includes('json')) {
    try {
      const problem = (await response.json()) as Problem;
      return new ApiError(response.status, problem.title ?? response.statusText, problem.detail ?? '', {
        violations: Array.isArray(problem.violations) ? problem.violations : [],
        type: typeof problem.type === 'string' && problem.type !== 'about:blank' ? problem.type : typeByStatus(response.status),
      });
    } catch {
      // Fall through to the generic message: the body was not the JSON it claimed to be.
    }
  }
  const type = typeByStatus(response.status);
  const generic = type ? englishSentence(type) : `Request failed (${response.status} ${response.statusText})`;
  return new ApiError(response.status, response.statusText, generic, { type, generic: true });
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
    const type = problemType('network');
    throw new ApiError(0, 'Network error', englishSentence(type), { type, generic: true });
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

/**
 * What to tell the user about a failure. The service's detail is specific, but it is English: in another language, or
 * when there is no detail, the sentence for the problem's type is shown instead (see {@link errorDetail}). A type this
 * UI does not know falls back to the detail.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    const slug = error.slug;
    if (slug && (error.generic || !i18n.language.startsWith('en'))) return i18n.t(`problems:${slug}`);
    return error.generic ? i18n.t('problems:failed', { status: error.status }) : error.detail;
  }
  if (error instanceof Error) return error.message;
  return i18n.t('problems:unknown');
}

/** The service's own detail when {@link errorMessage} shows a translated sentence instead, so it stays at hand. */
export function errorDetail(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.generic) return null;
  return errorMessage(error) === error.detail ? null : error.detail;
}
