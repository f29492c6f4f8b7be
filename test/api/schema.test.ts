import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { createSchema, printSdl } from '../../api/src/schema';

const root = path.resolve(__dirname, '..', '..');

async function built(): Promise<GraphQLSchema> {
  return createSchema();
}

describe('the schema', () => {
  it('is committed as built: schema/schema.graphql equals the SDL of the resolvers', async () => {
    const committed = fs.readFileSync(path.join(root, 'schema', 'schema.graphql'), 'utf8');
    expect(committed, 'schema/schema.graphql is stale: run `npx pnpm@10.34.9 schema:emit` after `pnpm build`').toBe(
      printSdl(await built()),
    );
  });

  it('has a permission rule on every root field (query and mutation)', async () => {
    const schema = await built();
    const missing: string[] = [];
    let walked = 0;
    for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
      if (!type) continue;
      for (const field of Object.values(type.getFields())) {
        walked++;
        const access = field.extensions?.access as Record<string, unknown> | undefined;
        if (
          !access ||
          (!access.public && !access.authenticated && !(access.permissions as unknown[] | undefined)?.length)
        ) {
          missing.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(walked).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });

  it('lets only login, the public division names and the self-report be called without a token', async () => {
    const schema = await built();
    const publicFields = [schema.getQueryType()!, schema.getMutationType()!]
      .flatMap((t) => Object.values(t.getFields()))
      .filter((f) => (f.extensions?.access as { public?: boolean } | undefined)?.public)
      .map((f) => f.name);
    // Deliberate: publicDivisions (names of the division tree) and submitSelfReport (农户自主申报,
    // validated and rate-limited, same answer for everyone) serve the public self-report page.
    expect(publicFields.sort()).toEqual(['login', 'publicDivisions', 'submitSelfReport']);
    // What they return carries no personal data and no links to other records.
    const fieldsOf = (name: string) =>
      Object.keys((schema.getType(name) as { getFields(): object }).getFields()).sort();
    expect(fieldsOf('PublicDivision')).toEqual(['code', 'level', 'name']);
    expect(fieldsOf('SelfReportReceipt')).toEqual(['message', 'received']);
  });

  it('guards every field resolver (fields that load other records)', async () => {
    await built();
    const storage = getMetadataStorage();
    const guarded = new Set(storage.authorizedFields.map((a) => `${a.target.name}.${a.fieldName}`));
    const resolvers = storage.fieldResolvers
      .filter((r) => r.kind === 'external')
      .map((r) => `${r.target.name}.${r.methodName}`);
    expect(resolvers.length).toBeGreaterThan(0);
    expect(resolvers.filter((name) => !guarded.has(name))).toEqual([]);
  });
});
