import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLFormattedError } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { inject } from 'vitest';
import { openOrm } from '../../api/src/orm';
import { createSchema } from '../../api/src/schema';
import { createApolloServer } from '../../api/src/server';
import { createContext } from '../../api/src/request';
import { loadConfig, type Config } from '../../api/src/config';
import { DEMO_PASSWORD } from '../../api/src/seed/demo-accounts';
import { appDatabaseUrl, appRoleSettings } from '../../api/src/database/app-role';
import { startJobWorker } from '../../api/src/jobs/job-worker';
import { cloneDatabase, dropDatabase } from './database';

export interface Result<T> {
  data: T | null | undefined;
  errors: readonly GraphQLFormattedError[] | undefined;
}

export interface TestApi {
  /** The API's ORM, connected as the application role (APP_DATABASE_ROLE) as in production. */
  orm: MikroORM;
  /** The database owner, for fixtures and for proving what the application role cannot do. */
  ownerOrm: MikroORM;
  /** The application role's connection URL to this file's database. */
  appUrl: string;
  config: Config;
  databaseName: string;
  /** SQL statements sent since the last `resetQueries()`. */
  queries: string[];
  resetQueries(): void;
  login(username: string, password?: string): Promise<string>;
  /** Runs an operation as the holder of `token` (null: anonymous), through the real server pipeline. */
  exec<T, V extends Record<string, unknown>>(
    token: string | null,
    document: TypedDocumentNode<T, V> | string,
    variables?: V,
  ): Promise<Result<T>>;
  /** Like exec, as a caller from network address `address` (login failures are slowed per address). */
  execFrom<T, V extends Record<string, unknown>>(
    address: string,
    token: string | null,
    document: TypedDocumentNode<T, V> | string,
    variables?: V,
  ): Promise<Result<T>>;
  /** Like exec, but fails the test on any error. */
  ok<T, V extends Record<string, unknown>>(
    token: string | null,
    document: TypedDocumentNode<T, V> | string,
    variables?: V,
  ): Promise<T>;
  /** Raw SQL as the database owner (test fixtures: moving time, bulk rows). */
  sql<R extends object = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
  close(): Promise<void>;
}

/** A fresh database cloned from the seeded template, an ORM on it and the Apollo server. */
export async function startTestApi({ worker: withWorker = true } = {}): Promise<TestApi> {
  const databaseName = `ffp_test_${randomBytes(6).toString('hex')}`;
  const url = await cloneDatabase(inject('templateDatabase'), databaseName);
  const queries: string[] = [];
  // The template's grants come with the copy; the role itself is cluster-wide (global setup made it).
  const appUrl = appDatabaseUrl(url, appRoleSettings(url));
  const orm = await openOrm(appUrl, { poolMax: 4, onQuery: (sql) => queries.push(sql) });
  const ownerOrm = await openOrm(url, { poolMax: 1 });
  const config = loadConfig({ ...process.env, DATABASE_URL: url });
  const server = await createApolloServer(await createSchema(), undefined, config);
  await server.start();
  // As `npm start`: a job worker in the same process runs what the mutations queue
  // (waitForBackgroundJobs waits for it).
  // (Off for a test that runs its workers as processes of their own.)
  const worker = withWorker ? await startJobWorker(orm, config, { ownerUrl: url }) : null;

  const execFrom: TestApi['execFrom'] = async (address, token, document, variables) => {
    const contextValue = await createContext(orm, config, token ? `Bearer ${token}` : undefined, address || null);
    const response = await server.executeOperation({ query: document as never, variables }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { data: response.body.singleResult.data as never, errors: response.body.singleResult.errors };
  };
  const exec: TestApi['exec'] = (token, document, variables) => execFrom('', token, document, variables);

  const api: TestApi = {
    orm,
    ownerOrm,
    appUrl,
    config,
    databaseName,
    queries,
    resetQueries: () => {
      queries.length = 0;
    },
    exec,
    execFrom,
    async ok(token, document, variables) {
      const result = await exec(token, document, variables);
      if (result.errors?.length) throw new Error(`unexpected GraphQL errors: ${JSON.stringify(result.errors)}`);
      return result.data!;
    },
    async login(username, password = DEMO_PASSWORD) {
      const result = await exec(
        null,
        'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        { u: username, p: password },
      );
      if (result.errors?.length) throw new Error(`login as ${username} failed: ${JSON.stringify(result.errors)}`);
      return (result.data as { login: { token: string } }).login.token;
    },
    async sql(text, params = []) {
      return ownerOrm.em.getConnection().execute(text, params as never[]) as never;
    },
    async close() {
      await server.stop();
      await worker?.stop();
      await orm.close();
      await ownerOrm.close();
      await dropDatabase(databaseName);
    },
  };
  return api;
}

/** The `extensions.code` of the first error, for asserting FORBIDDEN / NOT_FOUND / ... */
export const errorCode = (result: Result<unknown>) => result.errors?.[0]?.extensions?.code;
export const errorMessage = (result: Result<unknown>) => result.errors?.[0]?.message;
