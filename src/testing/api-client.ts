import type { FastifyInstance, InjectOptions } from 'fastify';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * Talks to the server the way the web app does: keeps the cookies it is given and echoes the CSRF
 * cookie in X-CSRF-Token on writes.
 */
export class ApiClient {
  private cookies = new Map<string, string>();

  constructor(
    private readonly server: FastifyInstance,
    private readonly language = 'es',
  ) {}

  async request(method: Method, url: string, body?: unknown, extra: Partial<InjectOptions> = {}) {
    const headers: Record<string, string> = { 'accept-language': this.language, ...(extra.headers as Record<string, string>) };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const csrf = this.cookies.get('sinergia_csrf');
    if (csrf && method !== 'GET' && !('x-csrf-token' in headers)) headers['x-csrf-token'] = csrf;
    const response = await this.server.inject({
      method,
      url,
      ...(body === undefined ? {} : typeof body === 'string' ? { payload: body } : { payload: body as object }),
      ...extra,
      headers,
    });
    for (const cookie of response.cookies) {
      if (cookie.value === '' || (cookie.maxAge !== undefined && cookie.maxAge <= 0) || (cookie.expires && cookie.expires.getTime() < Date.now()))
        this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return response;
  }

  get = (url: string, extra?: Partial<InjectOptions>) => this.request('GET', url, undefined, extra);
  post = (url: string, body?: unknown, extra?: Partial<InjectOptions>) => this.request('POST', url, body, extra);
  put = (url: string, body?: unknown, extra?: Partial<InjectOptions>) => this.request('PUT', url, body, extra);
  delete = (url: string, extra?: Partial<InjectOptions>) => this.request('DELETE', url, undefined, extra);

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  async signup(email: string, name = 'Ana García', password = 'correct horse battery') {
    const response = await this.post('/api/auth/signup', { email, password, name });
    if (response.statusCode !== 201) throw new Error(`signup failed: ${response.statusCode} ${response.body}`);
    return response.json().user;
  }
}
