import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import express from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { GraphQLSchema } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ErrorCode } from './common/errors';
import type { Config } from './config';
import { createContext, type Context } from './context';
import { formatError, isExpectedError } from './errors.format';
import { createSchema } from './schema';
import { partnerAllowListPlugin } from './auth/partner-allowlist';
import { graphiqlPage } from './graphiql';

/** Writes the request's buffered audit entries, and ties unexpected errors to a request id in the log. */
const auditAndErrorPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue, errors }) {
        for (const error of errors) {
          if (!isExpectedError(error)) console.error(`[error] request ${contextValue.requestId}:`, error.originalError ?? error);
        }
      },
      async willSendResponse({ contextValue, response }) {
        await contextValue.audit.flush(contextValue.em);
        if (response.body.kind === 'single') {
          for (const error of response.body.singleResult.errors ?? []) {
            if (error.extensions?.code === ErrorCode.INTERNAL) {
              (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
            }
          }
        }
      },
    };
  },
};

export async function createApolloServer(schema: GraphQLSchema, httpServer?: http.Server) {
  return new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    plugins: [auditAndErrorPlugin, partnerAllowListPlugin(), ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : [])],
  });
}

/** API at /graphql and the built console at /, on one port. */
export async function startHttpServer(orm: MikroORM, config: Config, port = config.port) {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = await createApolloServer(await createSchema(), httpServer);
  await apollo.start();

  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => { res.json({ ok: true }); });
  // Partner dashboards may call from a browser; bearer tokens (not cookies) carry identity, so any origin is safe.
  app.use('/graphql', (req, res, next) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type');
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    if (req.method === 'OPTIONS') { res.sendStatus(204); return; }
    next();
  });
  app.get('/graphql', graphiqlPage(config));
  app.use('/graphql', express.json({ limit: '20mb' }), expressMiddleware(apollo, {
    context: async ({ req }) => createContext(orm, config, req.headers.authorization),
  }));
  // Malformed or oversized bodies never reach Apollo: answer them as GraphQL errors too, not HTML.
  app.use('/graphql', (error: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (!error) { next(); return; }
    const tooLarge = error.type === 'entity.too.large';
    res.status(error.status ?? 400).json({
      errors: [{ message: tooLarge ? '请求内容过大（上限 20 MB），请分批提交' : '请求格式不正确：应为 JSON {query, variables}', extensions: { code: 'BAD_REQUEST' } }],
    });
  });
  if (fs.existsSync(path.join(config.adminDist, 'index.html'))) {
    app.use(express.static(config.adminDist, { index: 'index.html', maxAge: '1h' }));
  } else {
    app.get('/', (_req, res) => { res.type('text/plain; charset=utf-8').send('控制台尚未构建：请运行 npm start（会自动构建）。GraphQL 接口位于 /graphql'); });
  }

  await new Promise<void>((resolve) => httpServer.listen(port, resolve));
  const address = httpServer.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://localhost:${actualPort}`,
    port: actualPort,
    async stop() {
      await apollo.stop();
    },
  };
}
