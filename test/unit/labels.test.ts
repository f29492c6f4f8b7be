import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSchema, isEnumType } from 'graphql';
import { createSchema } from '../../api/src/schema';
import { enumLabelsSource } from '../../api/src/common/enum-labels.source';
import * as consoleLabels from '../../admin/src/labels';

/**
 * One name per domain term: the API's enum values carry their Chinese labels in the schema, and the
 * console's label tables are generated from them (`pnpm schema:emit` writes admin/src/gql/enum-labels.ts).
 */
const root = path.resolve(__dirname, '..', '..');
const committedSdl = buildSchema(fs.readFileSync(path.join(root, 'schema', 'schema.graphql'), 'utf8'));

describe('Chinese labels of enum values', () => {
  it('admin/src/gql/enum-labels.ts is committed as generated from the resolvers', async () => {
    const committed = fs.readFileSync(path.join(root, 'admin', 'src', 'gql', 'enum-labels.ts'), 'utf8');
    expect(committed, 'admin/src/gql/enum-labels.ts is stale: run `npx pnpm@10.34.9 schema:emit` after `pnpm build`').toBe(enumLabelsSource(await createSchema()));
  });

  it('the console shows, for every described enum of schema.graphql, what the API says', () => {
    const described = Object.values(committedSdl.getTypeMap()).filter(isEnumType)
      .filter((type) => !type.name.startsWith('__') && type.getValues().some((v) => v.description));
    expect(described.length).toBeGreaterThanOrEqual(17);
    for (const type of described) {
      const table = (consoleLabels as Record<string, unknown>)[`${type.name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()}_LABELS`];
      expect(table, type.name).toEqual(Object.fromEntries(type.getValues().map((v) => [v.name, v.description])));
    }
    expect(consoleLabels.LEVEL_LABELS).toBe(consoleLabels.DIVISION_LEVEL_LABELS);
  });
});
