import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Kind,
  getIntrospectionQuery,
  parse,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import * as consoleDocuments from '../../admin/src/gql/graphql';
import { errorCode, startTestApi, type TestApi } from '../support/api';
import { createSchema } from '../../api/src/schema';
import { createApolloServer } from '../../api/src/server';
import { createContext } from '../../api/src/request';
import { openOrm } from '../../api/src/orm';
import { DEFAULT_QUERY_LIMITS, operationCost, queryLimitRules } from '../../api/src/common/query-limits';
import { MAX_PAGE_SIZE } from '../../api/src/common/pagination';
import { loadConfig } from '../../api/src/config';

/** The attack from issue 15: members → household → members … 30 levels deep, as city_admin. */
function nestedQuery(levels: number): string {
  let inner = 'id';
  for (let i = levels - 1; i >= 0; i--) inner = i % 2 === 0 ? `members { ${inner} }` : `household { ${inner} }`;
  return `{ households(limit: 1) { items { ${inner} } } }`;
}
const aliasQuery = (count: number, limit = 200) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: households(limit: ${limit}) { items { members { id } } }`).join(' ')} }`;

let api: TestApi;
let city: string;
let schema: GraphQLSchema;
beforeAll(async () => {
  api = await startTestApi();
  city = await api.login('city_admin');
  schema = await createSchema();
});
afterAll(async () => {
  await api?.close();
});

async function timed(query: string, variables?: Record<string, unknown>) {
  const started = performance.now();
  const result = await api.exec(city, query, variables);
  return { result, ms: performance.now() - started };
}

describe('queries that would exhaust the server are refused before they run', () => {
  it('refuses the 30-level members/household nesting in well under a second', async () => {
    const { result, ms } = await timed(nestedQuery(30));
    expect(ms).toBeLessThan(1000);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.queryLimit).toBe('depth');
    expect(result.errors?.[0].message).toMatch(/嵌套过深/);
    expect(result.data).toBeUndefined();
  });

  it('refuses a nesting within the depth limit whose lists multiply past the cost limit', async () => {
    const { result, ms } = await timed(nestedQuery(12));
    expect(ms).toBeLessThan(1000);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', queryLimit: 'cost' });
  });

  it('refuses 300 aliases of households(limit: 200) in well under a second', async () => {
    const { result, ms } = await timed(aliasQuery(300));
    expect(ms).toBeLessThan(1000);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    // Its text alone is past the token limit, which the parser checks first.
    expect(result.errors?.[0].extensions?.queryLimit).toBe('tokens');
  });

  it('refuses more aliases than the limit even of a cheap field', async () => {
    const { result, ms } = await timed(
      `{ ${Array.from({ length: DEFAULT_QUERY_LIMITS.maxAliases + 1 }, (_, i) => `m${i}: me { id }`).join(' ')} }`,
    );
    expect(ms).toBeLessThan(1000);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', queryLimit: 'aliases' });
    expect(result.errors?.[0].message).toMatch(/别名过多/);
  });

  it('refuses introspection that multiplies the schema by itself', async () => {
    const { result } = await timed(
      '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }',
    );
    // graphql's own MaxIntrospectionDepthRule also answers; ours names the limit in Chinese.
    expect(result.errors?.find((e) => e.extensions?.queryLimit)?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      queryLimit: 'introspection',
    });
    expect(result.data).toBeUndefined();
  });

  it('counts a list at the page size it asks for, also through variables', async () => {
    // 25 aliases stay under the alias limit; 25 × 200 households × ~20 members do not fit the cost limit.
    const { result, ms } = await timed(aliasQuery(25));
    expect(ms).toBeLessThan(1000);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', queryLimit: 'cost' });
    const viaVariable = `query($n: Int!) { ${Array.from({ length: 25 }, (_, i) => `a${i}: households(limit: $n) { items { members { id } } }`).join(' ')} }`;
    expect((await timed(viaVariable, { n: 200 })).result.errors?.[0].extensions?.queryLimit).toBe('cost');
    // The same shape with small pages is fine.
    const small = await timed(viaVariable, { n: 2 });
    expect(small.result.errors).toBeUndefined();
  });

  it('refuses a query text with more tokens than the limit', async () => {
    const query = `{ ${Array.from({ length: DEFAULT_QUERY_LIMITS.maxTokens }, () => '__typename').join(' ')} }`;
    const { result, ms } = await timed(query);
    expect(ms).toBeLessThan(1000);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', queryLimit: 'tokens' });
    expect(result.errors?.[0].message).toMatch(/查询文本过长/);
  });

  it('refuses a doubling fragment chain quickly (the checks are linear in the document)', async () => {
    const fragments = Array.from(
      { length: 40 },
      (_, i) =>
        `fragment F${i} on Household { id ${i < 39 ? `members { household { ...F${i + 1} } } head { household { ...F${i + 1} } }` : ''} }`,
    ).join('\n');
    const { result, ms } = await timed(`{ households(limit: 1) { items { ...F0 } } }\n${fragments}`);
    expect(ms).toBeLessThan(1000);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });
});

describe('normal use stays under the limits', () => {
  const operationsOf = (document: DocumentNode) =>
    document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const consoleOperations = Object.entries(consoleDocuments)
    .filter(([name, value]) => name.endsWith('Document') && (value as DocumentNode)?.kind === Kind.DOCUMENT)
    .map(([name, value]) => ({ name, document: value as DocumentNode }));

  it('every console operation at the largest page size', () => {
    expect(consoleOperations.length).toBeGreaterThan(30);
    const rules = queryLimitRules(DEFAULT_QUERY_LIMITS);
    const largest = { limit: MAX_PAGE_SIZE, perPage: MAX_PAGE_SIZE };
    for (const { name, document } of consoleOperations) {
      expect(validate(schema, document, rules).map((e) => `${name}: ${e.message}`)).toEqual([]);
      for (const operation of operationsOf(document)) {
        expect(
          operationCost(schema, document, operation, largest, DEFAULT_QUERY_LIMITS.listEstimate),
          name,
        ).toBeLessThanOrEqual(DEFAULT_QUERY_LIMITS.maxCost);
      }
    }
  });

  it("the partners' contract operations", () => {
    const dir = path.resolve(__dirname, '../../schema/contract');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.graphql'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const document = parse(fs.readFileSync(path.join(dir, file), 'utf8'), {
        maxTokens: DEFAULT_QUERY_LIMITS.maxTokens,
      });
      for (const operation of operationsOf(document)) {
        expect(
          operationCost(schema, document, operation, {}, DEFAULT_QUERY_LIMITS.listEstimate),
          file,
        ).toBeLessThanOrEqual(DEFAULT_QUERY_LIMITS.maxCost);
      }
    }
  });

  it('the standard introspection query (codegen, Sandbox) for a signed-in user', async () => {
    const result = await api.exec(city, getIntrospectionQuery());
    expect(result.errors).toBeUndefined();
    expect((result.data as { __schema: { types: unknown[] } }).__schema.types.length).toBeGreaterThan(50);
  });

  it('a household page of 200 with members and incomes, as the console asks for it', async () => {
    const result = await api.exec(
      city,
      consoleDocuments.ConsoleHouseholdsDocument as never,
      { offset: 0, limit: MAX_PAGE_SIZE, sortBy: 'HOUSEHOLD_NUMBER', sortOrder: 'ASC' } as never,
    );
    expect(result.errors).toBeUndefined();
  });
});

describe('every list has a largest page', () => {
  it('every paginated query refuses a page larger than the maximum', async () => {
    const tokens = await Promise.all(
      ['county_admin', 'auditor', 'security_admin', 'department_medical'].map((u) => api.login(u)),
    );
    const paged = Object.values(schema.getQueryType()!.getFields()).filter((f) =>
      f.args.some((a) => a.name === 'limit'),
    );
    expect(paged.length).toBeGreaterThan(5);
    for (const field of paged) {
      const required = field.args.filter(
        (a) => a.name !== 'limit' && String(a.type).endsWith('!') && a.defaultValue === undefined,
      );
      const args = [`limit: ${MAX_PAGE_SIZE + 1}`, ...required.map((a) => `${a.name}: "呼和"`)].join(', ');
      const type = schema.getType(String(field.type).replace(/[![\]]/g, ''));
      const selection = type && 'getFields' in type && 'total' in type.getFields() ? '{ total }' : '{ code }';
      // Whoever may call it: the page check comes after the permission check.
      let result = await api.exec(tokens[0], `{ ${field.name}(${args}) ${selection} }`);
      for (const token of tokens.slice(1)) {
        if (errorCode(result) !== 'FORBIDDEN') break;
        result = await api.exec(token, `{ ${field.name}(${args}) ${selection} }`);
      }
      if (field.name === 'searchDivisions') {
        // A search answers at most 100 rows whatever it is asked.
        expect((result.data as { searchDivisions: unknown[] }).searchDivisions.length).toBeLessThanOrEqual(100);
      } else {
        expect(errorCode(result), field.name).toBe('BAD_USER_INPUT');
      }
    }
  });
});

describe('time budgets', () => {
  it('PostgreSQL cancels a statement past statement_timeout', async () => {
    const url = api.orm.config.getClientUrl(true).replace(/\/[^/]*$/, `/${api.databaseName}`);
    const orm = await openOrm(url, { poolMax: 1, statementTimeoutMs: 100 });
    try {
      const started = performance.now();
      await expect(orm.em.getConnection().execute('select pg_sleep(2)')).rejects.toMatchObject({ code: '57014' });
      expect(performance.now() - started).toBeLessThan(1500);
    } finally {
      await orm.close();
    }
  });

  it('a request past its time budget stops resolving fields and says so once', async () => {
    const config = { ...loadConfig({ ...process.env, DATABASE_URL: 'postgres://unused/x' }), requestTimeoutMs: 0 };
    const server = await createApolloServer(schema, undefined, config);
    await server.start();
    try {
      const contextValue = await createContext(api.orm, config, `Bearer ${city}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
      const response = await server.executeOperation(
        { query: '{ households(limit: 5) { items { id members { id } } } }' },
        { contextValue },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      const errors = response.body.singleResult.errors ?? [];
      expect(errors).toHaveLength(1);
      expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', queryLimit: 'time' });
      expect(errors[0].message).toMatch(/超时/);
    } finally {
      await server.stop();
    }
  });
});
