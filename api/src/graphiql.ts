import fs from 'node:fs';
import path from 'node:path';
import type { Request, Response, NextFunction } from 'express';
import type { Config } from './config';

/**
 * GET /graphql from a browser (Accept: text/html) answers GraphiQL, built with the console
 * (admin/graphiql.html, bundled from npm with the contract operations as example tabs), so partners
 * on closed networks need no CDN. Other GETs (and every POST) go on to Apollo; Apollo's own landing
 * page is never reached by a browser.
 */
export function graphiqlPage(config: Config) {
  const page = path.join(config.adminDist, 'graphiql.html');
  const wants = (req: Request) =>
    req.method === 'GET' && req.accepts(['application/json', 'text/html']) === 'text/html' && fs.existsSync(page);
  return Object.assign(
    (req: Request, res: Response, next: NextFunction) => {
      if (!wants(req)) {
        next();
        return;
      }
      res.setHeader('Cache-Control', 'no-store');
      res.type('html').sendFile(page, { cacheControl: false });
    },
    { wants },
  );
}
