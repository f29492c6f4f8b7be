import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSchema, parse, validate, type OperationDefinitionNode } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';

/**
 * The public contract (schema/contract, a copy of what partners were promised) must validate
 * against the committed SDL, each operation with its example variables.
 */
const root = path.resolve(__dirname, '..', '..');
const contractDir = path.join(root, 'schema', 'contract');
const schema = buildSchema(fs.readFileSync(path.join(root, 'schema', 'schema.graphql'), 'utf8'));

/** Operations whose modules are not built yet, with the work that brings them. Nothing else may fail. */
const PENDING: Record<string, string> = {};

const operations = fs
  .readdirSync(contractDir)
  .filter((f) => f.endsWith('.graphql'))
  .flatMap((file) => {
    const document = parse(fs.readFileSync(path.join(contractDir, file), 'utf8'));
    return document.definitions
      .filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')
      .map((operation) => ({ file, name: operation.name!.value, operation, document }));
  });

function check(name: string, operation: OperationDefinitionNode, document: ReturnType<typeof parse>): string[] {
  const single = {
    ...document,
    definitions: document.definitions.filter((d) => d === operation || d.kind !== 'OperationDefinition'),
  };
  const errors = validate(schema, single).map((e) => e.message);
  if (errors.length) return errors;
  const variablesFile = path.join(contractDir, 'variables', `${name}.json`);
  const variables = fs.existsSync(variablesFile) ? JSON.parse(fs.readFileSync(variablesFile, 'utf8')) : {};
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  return coerced.errors?.map((e) => e.message) ?? [];
}

describe('the public contract', () => {
  it('has every operation of the contract folder, Login and Me included', () => {
    expect(operations.map((o) => o.name)).toEqual(
      expect.arrayContaining(['Login', 'Me', 'RegionOverview', 'MonthlyTrend', ...Object.keys(PENDING)]),
    );
  });

  for (const { name, operation, document } of operations) {
    if (PENDING[name]) {
      it(`${name} is pending (${PENDING[name]}) and indeed does not validate yet`, () => {
        // When the module lands this fails: remove the operation from PENDING.
        expect(check(name, operation, document)).not.toEqual([]);
      });
    } else {
      it(`${name} validates against schema/schema.graphql with its example variables`, () => {
        expect(check(name, operation, document)).toEqual([]);
      });
    }
  }

  it('is the same as the contract published to partners, where that copy is present', () => {
    const published = path.resolve(root, '..', 'shared', 'contract');
    if (!fs.existsSync(published)) return; // a clone elsewhere has only the project's copy
    const list = (dir: string): string[] =>
      fs
        .readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
        .sort();
    expect(list(contractDir)).toEqual(list(published));
    for (const file of list(published)) {
      expect(fs.readFileSync(path.join(contractDir, file), 'utf8'), file).toBe(
        fs.readFileSync(path.join(published, file), 'utf8'),
      );
    }
  });
});
