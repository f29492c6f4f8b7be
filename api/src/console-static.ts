import fs from 'node:fs';
import path from 'node:path';
import type { NextFunction, Request, Response } from 'express';

/** Vite names every built script and style sheet `assets/<name>-<content hash>.<ext>`. */
const HASHED = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

/** Cache-Control by path: a hashed file never changes (a new build has new names); a page always may. */
export function cacheControlFor(urlPath: string): string {
  if (HASHED.test(urlPath)) return 'public, max-age=31536000, immutable';
  if (urlPath.endsWith('.html')) return 'no-store';
  return 'public, max-age=3600';
}

/** The encodings a request accepts (q > 0) that the build precompressed, best first. */
function encodingsAccepted(req: Request): Array<{ name: 'br' | 'gzip'; suffix: string }> {
  const accepted = new Set(
    String(req.headers['accept-encoding'] ?? '')
      .split(',')
      .map((part) =>
        part
          .trim()
          .split(';')
          .map((piece) => piece.trim()),
      )
      .filter(([, q]) => !q || !/^q=0(\.0*)?$/.test(q))
      .map(([name]) => name.toLowerCase()),
  );
  return [
    { name: 'br' as const, suffix: '.br' },
    { name: 'gzip' as const, suffix: '.gz' },
  ].filter(({ name }) => accepted.has(name));
}

/**
 * The built console (admin/dist): `/` is index.html; a script or style sheet is answered from the
 * `.br` or `.gz` file the build wrote beside it (admin/vite.config.ts) when the browser accepts it.
 * Hashed assets are cached for a year as immutable, the pages not at all, so a new build is seen
 * on the next load.
 */
export function consoleStatic(dist: string) {
  const root = path.resolve(dist);
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      next();
      return;
    }
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(req.path === '/' ? '/index.html' : req.path);
    } catch {
      next();
      return;
    }
    const file = path.join(root, path.normalize(urlPath));
    if (
      !file.startsWith(root + path.sep) ||
      /\.(br|gz)$/.test(file) ||
      !fs.statSync(file, { throwIfNoEntry: false })?.isFile()
    ) {
      next();
      return;
    }
    res.setHeader('Cache-Control', cacheControlFor(urlPath));
    res.setHeader('Vary', 'Accept-Encoding');
    res.type(path.extname(file));
    const encoding = encodingsAccepted(req).find(({ suffix }) => fs.existsSync(file + suffix));
    if (encoding) res.setHeader('Content-Encoding', encoding.name);
    res.sendFile(encoding ? file + encoding.suffix : file, { cacheControl: false, dotfiles: 'deny' }, (error) => {
      if (error && !res.headersSent) next(error);
    });
  };
}
