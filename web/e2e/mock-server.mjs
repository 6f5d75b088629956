// DEVELOPMENT AID ONLY: a throwaway in-memory stand-in for the Fachwerk C++ server,
// so the web UI and its end-to-end test can be developed before the real server
// exists. Not used by `make test` (which runs e2e/run.mjs against the real server).
//
//   npm run build && node e2e/mock-server.mjs [port]     (default 18080)
//
// Serves dist/ with an SPA fallback and the API subset the UI uses:
// POST/DELETE /api/v1/session, GET /api/v1/me, POST /api/v1/password-reset[/confirm],
// GET /healthz. Demo login: admin@fachwerk.test / Fachwerk-Demo-2026.
// Reset token accepted by the mock: "demo-reset-token".
import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = resolve(fileURLToPath(new URL('../dist', import.meta.url)));
const PORT = Number(process.argv[2] ?? process.env.PORT ?? 18080);
const HOST = process.env.HOST ?? '127.0.0.1';

const users = [
  {
    id: 1,
    email: 'admin@fachwerk.test',
    password: 'Fachwerk-Demo-2026',
    display_name: 'Demo Admin',
    is_admin: true,
    language: 'de',
    roles: [{ scope: 'network', scope_id: 3, role: 'coordinator' }],
  },
];
const sessions = new Map(); // session id → { userId, csrf }
const failures = new Map(); // email → count of failed logins

const MESSAGES = {
  wrong: { de: 'E-Mail-Adresse oder Passwort ist falsch.', en: 'Email address or password is incorrect.' },
  notLoggedIn: { de: 'Sie sind nicht angemeldet.', en: 'You are not logged in.' },
  csrf: {
    de: 'Die Sicherheitsprüfung ist fehlgeschlagen. Bitte laden Sie die Seite neu.',
    en: 'The security check failed. Please reload the page.',
  },
  tooMany: {
    de: 'Zu viele Anmeldeversuche. Bitte warten Sie einige Minuten.',
    en: 'Too many login attempts. Please wait a few minutes.',
  },
  emailRequired: { de: 'Bitte geben Sie Ihre E-Mail-Adresse ein.', en: 'Please enter your email address.' },
  passwordRequired: { de: 'Bitte geben Sie Ihr Passwort ein.', en: 'Please enter your password.' },
  passwordShort: {
    de: 'Das Passwort muss mindestens 12 Zeichen lang sein.',
    en: 'The password must be at least 12 characters long.',
  },
  badToken: {
    de: 'Der Link ist ungültig oder abgelaufen. Bitte fordern Sie einen neuen Link an.',
    en: 'The link is invalid or has expired. Please request a new link.',
  },
};

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

function language(req) {
  return /^en\b/i.test(req.headers['accept-language'] ?? '') ? 'en' : 'de';
}

function send(res, status, body, headers = {}) {
  if (body === undefined) {
    res.writeHead(status, headers);
    res.end();
    return;
  }
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

function fail(req, res, status, code, messageKey, field = null) {
  send(res, status, { error: { code, message: MESSAGES[messageKey][language(req)], field } });
}

function cookies(req) {
  const result = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name) result[name] = rest.join('=');
  }
  return result;
}

function currentSession(req) {
  const sid = cookies(req).fachwerk_session;
  const session = sid ? sessions.get(sid) : undefined;
  return session ? { sid, ...session } : null;
}

function publicUser(user) {
  const { password: _password, ...rest } = user;
  return rest;
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  } catch {
    return {};
  }
}

async function handleApi(req, res, path) {
  const method = req.method ?? 'GET';
  if (path === '/healthz' && method === 'GET') {
    return send(res, 200, { status: 'ok', db: 'mock', version: '0.1.0' });
  }
  if (path === '/api/v1/session' && method === 'POST') {
    const { email = '', password = '' } = await readBody(req);
    if (!email) return fail(req, res, 422, 'invalid_argument', 'emailRequired', 'email');
    if (!password) return fail(req, res, 422, 'invalid_argument', 'passwordRequired', 'password');
    const key = String(email).toLowerCase();
    if ((failures.get(key) ?? 0) >= 10) return fail(req, res, 429, 'rate_limited', 'tooMany');
    const user = users.find((u) => u.email === key && u.password === password);
    if (!user) {
      failures.set(key, (failures.get(key) ?? 0) + 1);
      return fail(req, res, 401, 'unauthenticated', 'wrong');
    }
    failures.delete(key);
    const sid = randomBytes(24).toString('base64url');
    const csrf = randomBytes(24).toString('base64url');
    sessions.set(sid, { userId: user.id, csrf });
    return send(res, 200, { user: publicUser(user), csrf_token: csrf }, {
      'Set-Cookie': `fachwerk_session=${sid}; HttpOnly; SameSite=Lax; Path=/`,
    });
  }
  if (path === '/api/v1/me' && method === 'GET') {
    const session = currentSession(req);
    if (!session) return fail(req, res, 401, 'unauthenticated', 'notLoggedIn');
    const user = users.find((u) => u.id === session.userId);
    return send(res, 200, { user: publicUser(user), csrf_token: session.csrf });
  }
  if (path === '/api/v1/session' && method === 'DELETE') {
    const session = currentSession(req);
    if (!session) return fail(req, res, 401, 'unauthenticated', 'notLoggedIn');
    if (req.headers['x-csrf-token'] !== session.csrf) return fail(req, res, 403, 'permission_denied', 'csrf');
    sessions.delete(session.sid);
    return send(res, 204, undefined, {
      'Set-Cookie': 'fachwerk_session=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0',
    });
  }
  if (path === '/api/v1/password-reset' && method === 'POST') {
    const { email = '' } = await readBody(req);
    console.log(`[mock] password reset requested for ${email}; token: demo-reset-token`);
    return send(res, 202, undefined);
  }
  if (path === '/api/v1/password-reset/confirm' && method === 'POST') {
    const { token = '', password = '' } = await readBody(req);
    if (token !== 'demo-reset-token') return fail(req, res, 422, 'invalid_argument', 'badToken');
    if (String(password).length < 12) return fail(req, res, 422, 'invalid_argument', 'passwordShort', 'password');
    users[0].password = password;
    return send(res, 204, undefined);
  }
  return send(res, 404, { error: { code: 'not_found', message: 'Not found', field: null } });
}

async function serveFile(res, path) {
  const file = normalize(join(DIST, decodeURIComponent(path)));
  if (file.startsWith(DIST) && path !== '/') {
    try {
      if ((await stat(file)).isFile()) {
        const cache = path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
        res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': cache });
        res.end(await readFile(file));
        return;
      }
    } catch {
      // fall through to the SPA fallback
    }
  }
  res.writeHead(200, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-cache' });
  res.end(await readFile(join(DIST, 'index.html')));
}

const server = createServer(async (req, res) => {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  try {
    if (path === '/healthz' || path.startsWith('/api/')) await handleApi(req, res, path);
    else await serveFile(res, path);
  } catch (error) {
    console.error(error);
    send(res, 500, { error: { code: 'internal', message: '', field: null } });
  }
});

server.listen(PORT, HOST, () => {
  console.log(`[mock] Fachwerk mock server on http://${HOST}:${PORT} serving ${DIST}`);
});
