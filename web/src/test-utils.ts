// Helpers for tests that mock `fetch`.
import { vi } from 'vitest';

export interface RecordedCall {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

type Reply = { status: number; body?: unknown };

export function jsonResponse({ status, body }: Reply): Response {
  const text = body === undefined ? null : JSON.stringify(body);
  return new Response(text, {
    status,
    headers: text === null ? {} : { 'Content-Type': 'application/json' },
  });
}

/**
 * Replaces global fetch with a function that answers by `route(method, url)` and
 * records every call. Restore with `vi.unstubAllGlobals()`.
 */
export function mockFetch(route: (method: string, url: string) => Reply): RecordedCall[] {
  const calls: RecordedCall[] = [];
  const fake = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const method = init?.method ?? 'GET';
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    calls.push({ url, method, headers, body });
    return jsonResponse(route(method, url));
  });
  vi.stubGlobal('fetch', fake);
  return calls;
}
