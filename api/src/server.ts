import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import express from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { visit, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import { AppError, DATABASE_UNAVAILABLE_MESSAGE, ErrorCode } from './common/errors';
import { isDatabaseUnavailable, logDatabaseUnavailable } from './database/availability';
import { loadConfig, type Config } from './config';
import { queryCostPlugin, queryLimitRules } from './common/query-limits';
import { cors, securityHeaders } from './http-security';
import type { Context } from './context';
import { createContext } from './request';
import { formatError, isExpectedError } from './errors.format';
import { createSchema } from './schema';
import { isPartner, partnerAllowListPlugin } from './auth/partner-allowlist';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { partnerRateLimitPlugin } from './common/rate-limit';
import { graphiqlPage } from './graphiql';
import { consoleStatic } from './console-static';
import { ConcurrencyLimit, overloadGuard } from './common/overload';
import { downloadRouter } from './modules/imports/downloads';
import { graphqlBodyParser, requestBoundsPlugin } from './common/request-bounds';
import { healthRouter, type Lifecycle } from './health';
import { sessionWritePlugin } from './database/read-replica';

/** Writes the request's buffered audit entries, and ties unexpected errors to a request id in the log. */
const auditAndErrorPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue, errors }) {
        for (const error of errors) {
          if (!isExpectedError(error))
            console.error(`[error] request ${contextValue.requestId}:`, error.originalError ?? error);
        }
      },
      async willSendResponse({ contextValue, response }) {
        try {
          await contextValue.audit.flush(contextValue.em, { batched: true });
        } catch (error) {
          if (!isDatabaseUnavailable(error)) throw error;
          // A read whose audit entry cannot be written is not answered either.
          logDatabaseUnavailable(error);
          if (response.body.kind === 'single') {
            response.body.singleResult = {
              errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE, extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } }],
            };
          }
        }
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

/** Asks for the schema itself (`__schema`, `__type`); `__typename` is harmless and clients add it everywhere. */
function asksForSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}

/** graphql-armor's suggestion mask: "Did you mean "households"?" becomes "[建议已隐藏]?". */
const suggestionMask = new ApolloArmor({
  blockFieldSuggestion: { mask: '[建议已隐藏]' },
  costLimit: { enabled: false },
  maxAliases: { enabled: false },
  maxDepth: { enabled: false },
  maxDirectives: { enabled: false },
  maxTokens: { enabled: false },
}).protect().plugins[0] as ApolloServerPlugin<Context>;

/**
 * In production the schema is shown only to signed-in callers: introspection needs an actor, and
 * anonymous and partner callers' error messages lose graphql's "Did you mean …" suggestions (which
 * spell out field and argument names), masked by graphql-armor's block-field-suggestion plugin.
 */
export function exposurePlugin(config: Config): ApolloServerPlugin<Context> {
  return {
    async requestDidStart(requestContext) {
      const masking = config.production ? await suggestionMask.requestDidStart?.(requestContext) : undefined;
      return {
        async didResolveOperation({ contextValue, document }) {
          if (config.production && !contextValue.actor && asksForSchema(document)) {
            throw new AppError(ErrorCode.UNAUTHENTICATED, '请先登录后再查询接口结构', { http: { status: 401 } });
          }
        },
        async didEncounterErrors(context) {
          if (masking?.didEncounterErrors && (!context.contextValue.actor || isPartner(context.contextValue)))
            await masking.didEncounterErrors(context);
        },
      };
    },
  };
}

export async function createApolloServer(
  schema: GraphQLSchema,
  httpServer?: http.Server,
  config: Config = loadConfig(),
) {
  return new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    // Restricted per request by exposurePlugin (signed-in only in production).
    introspection: true,
    // Refused before validation and execution: too many tokens (parser), too deep / too many aliases (rules).
    parseOptions: { maxTokens: config.queryLimits.maxTokens },
    validationRules: queryLimitRules(config.queryLimits),
    plugins: [
      // First: the variables are walked against their types before anything else looks at them.
      requestBoundsPlugin<Context>(),
      queryCostPlugin<Context>(config.queryLimits),
      exposurePlugin(config),
      auditAndErrorPlugin,
      partnerAllowListPlugin(),
      partnerRateLimitPlugin(),
      sessionWritePlugin(),
      // No HTTP caching of answers (they are per person and jurisdiction); without the plugin Apollo
      // wraps no field resolver in per-field instrumentation.
      ApolloServerPluginCacheControlDisabled(),
      ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
    ],
  });
}

/** API at /graphql and the built console at /, on one port. */
export async function startHttpServer(orm: MikroORM, config: Config, port = config.port) {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = await createApolloServer(await createSchema(), httpServer, config);
  await apollo.start();

  app.disable('x-powered-by');
  // Which proxy's X-Forwarded-Proto counts (req.secure, for HSTS).
  app.set('trust proxy', config.trustProxy);
  app.use(securityHeaders(config));
  const lifecycle: Lifecycle = { draining: false };
  // /healthz (alive) and /readyz (the database answers; 503 while draining on SIGTERM).
  app.use(healthRouter(orm, lifecycle));
  // Overload: a bounded number of requests run, a bounded queue waits, the rest hear 503 at once.
  // GraphQL has its places; files (GraphiQL, downloads, the console) have as many of their own,
  // so a flood of either is refused without starving the other. /healthz and /readyz stay outside.
  const { maxConcurrent, maxQueued, queueTimeoutMs, retryAfterSeconds } = config.overload;
  const graphqlGuard = overloadGuard(new ConcurrencyLimit(maxConcurrent, maxQueued, queueTimeoutMs), retryAfterSeconds);
  const filesGuard = overloadGuard(new ConcurrencyLimit(maxConcurrent, maxQueued, queueTimeoutMs), retryAfterSeconds);
  // Files (exports, error lists) over plain HTTP, never inside a GraphQL response.
  app.use('/downloads', filesGuard, downloadRouter(orm, config));
  app.use('/graphql', cors(config));
  const graphiql = graphiqlPage(config);
  app.get('/graphql', (req, res, next) =>
    graphiql.wants(req) ? filesGuard(req, res, () => graphiql(req, res, next)) : next(),
  );
  app.use('/graphql', graphqlGuard);
  // Body size by caller: 16 KB anonymous, 20 MB signed in (request-bounds.ts).
  app.use(
    '/graphql',
    graphqlBodyParser(),
    expressMiddleware(apollo, {
      // req.ip: the socket's address, or X-Forwarded-For's when TRUST_PROXY names the proxy in front.
      context: async ({ req }) =>
        createContext(orm, config, req.headers.authorization, req.ip ?? req.socket.remoteAddress ?? null),
    }),
  );
  // Malformed or oversized bodies never reach Apollo: answer them as GraphQL errors too, not HTML.
  app.use(
    '/graphql',
    (
      error: Error & { status?: number; type?: string },
      _req: express.Request,
      res: express.Response,
      next: express.NextFunction,
    ) => {
      if (!error) {
        next();
        return;
      }
      res.status(error.status ?? 400).json({
        errors: [{ message: '请求格式不正确：应为 JSON {query, variables}', extensions: { code: 'BAD_REQUEST' } }],
      });
    },
  );
  if (fs.existsSync(path.join(config.adminDist, 'index.html'))) {
    app.use(filesGuard, consoleStatic(config.adminDist));
  } else {
    app.get('/', filesGuard, (_req, res) => {
      res
        .type('text/plain; charset=utf-8')
        .send('控制台尚未构建：请运行 npm start（会自动构建）。GraphQL 接口位于 /graphql');
    });
  }

  // HOST, or loopback for the embedded start (config.ts): not every interface unless asked.
  await new Promise<void>((resolve) => httpServer.listen(port, config.host, resolve));
  const address = httpServer.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const shown =
    !config.host || config.host === '0.0.0.0' || config.host === '::'
      ? 'localhost'
      : config.host.includes(':')
        ? `[${config.host}]`
        : config.host;
  return {
    url: `http://${shown}:${actualPort}`,
    port: actualPort,
    /** Drains: readiness fails, no new connections, running requests finish (up to 10 s), then Apollo stops. */
    async stop() {
      lifecycle.draining = true;
      await apollo.stop();
    },
  };
}
