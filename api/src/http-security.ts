import type express from 'express';
import type { Config } from './config';

/**
 * What the browser may do with our pages: scripts, styles and data from this origin only (MUI
 * injects its styles at run time, hence 'unsafe-inline' for styles only), never framed.
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Security headers on every response; HSTS only when the request came over TLS (directly or via a trusted proxy). */
export function securityHeaders(config: Config): express.RequestHandler {
  return (req, res, next) => {
    // The development landing page (Apollo Sandbox) is an HTML page from Apollo's CDN: it keeps its own rules.
    const landingPage = !config.production && req.method === 'GET' && req.path === '/graphql';
    if (!landingPage) res.setHeader('Content-Security-Policy', CONSOLE_CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    if (req.secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    next();
  };
}

/**
 * CORS for /graphql: only origins listed in CORS_ORIGINS may call from another site's page;
 * by default none (the console is served from the same origin and needs no CORS).
 */
export function cors(config: Config): express.RequestHandler {
  const allowed = new Set(config.corsOrigins);
  return (req, res, next) => {
    const origin = req.headers.origin;
    res.setHeader('Vary', 'Origin');
    if (origin && allowed.has(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Apollo-Require-Preflight');
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      res.setHeader('Access-Control-Max-Age', '600');
    }
    if (req.method === 'OPTIONS') {
      res.sendStatus(204);
      return;
    }
    next();
  };
}
