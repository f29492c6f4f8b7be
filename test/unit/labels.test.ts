import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSchema, isEnumType } from 'graphql';
import ts from 'typescript';
import { MetadataStorage } from '@mikro-orm/core';
import { ENTITIES } from '../../api/src/entities';
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
    expect(
      committed,
      'admin/src/gql/enum-labels.ts is stale: run `npx pnpm@10.34.9 schema:emit` after `pnpm build`',
    ).toBe(enumLabelsSource(await createSchema()));
  });

  it('the console shows, for every described enum of schema.graphql, what the API says', () => {
    const described = Object.values(committedSdl.getTypeMap())
      .filter(isEnumType)
      .filter((type) => !type.name.startsWith('__') && type.getValues().some((v) => v.description));
    expect(described.length).toBeGreaterThanOrEqual(17);
    for (const type of described) {
      const table = (consoleLabels as Record<string, unknown>)[
        `${type.name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()}_LABELS`
      ];
      expect(table, type.name).toEqual(Object.fromEntries(type.getValues().map((v) => [v.name, v.description])));
    }
    expect(consoleLabels.LEVEL_LABELS).toBe(consoleLabels.DIVISION_LEVEL_LABELS);
  });
});

/**
 * Every name the API writes into an audit entry's `changes` must read in Chinese on the audit log and
 * a household's 变更记录 (admin/src/labels.ts AUDIT_FIELD_LABELS). The names come from three places:
 * the flush subscriber logs entity properties by name (with JSON properties holding objects whose
 * keys show too), and services log their own objects (`changes: { … }`, raw SQL `jsonb_build_object`).
 */
const API_SRC = path.join(root, 'api', 'src');
const NOT_AUDITED = new Set(['AuditEntry']);

function apiProgram() {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) files.push(full);
    }
  };
  walk(API_SRC);
  return ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    experimentalDecorators: true,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: ['node'],
  });
}

/** Property names of an object type (an array's elements, null left out); none for primitives and dictionaries. */
function objectKeys(checker: ts.TypeChecker, type: ts.Type): string[] {
  const parts = type.isUnion() ? type.types : [type];
  return parts.flatMap((part) => {
    if (checker.isArrayType(part)) return objectKeys(checker, checker.getTypeArguments(part as ts.TypeReference)[0]);
    if (!(part.flags & ts.TypeFlags.Object) || checker.getIndexInfosOfType(part).length) return [];
    const symbol = part.getSymbol();
    if (symbol && ['Date', 'String', 'Number', 'Boolean'].includes(symbol.name)) return [];
    return part.getProperties().map((p) => p.name);
  });
}

function loggedFieldNames(): Map<string, string> {
  const found = new Map<string, string>();
  const add = (name: string, where: string) => {
    if (!found.has(name)) found.set(name, where);
  };

  // 1. Entity properties, as the subscriber logs them (payload keys are property names).
  const jsonProperties: Array<{ entity: string; property: string }> = [];
  for (const entity of ENTITIES) {
    const meta = MetadataStorage.getMetadataFromDecorator(entity);
    if (NOT_AUDITED.has(meta.className)) continue;
    for (const prop of Object.values(meta.properties)) {
      add(prop.name, `${meta.className}.${prop.name}`);
      if (/^jsonb?$/.test(String(prop.type))) jsonProperties.push({ entity: meta.className, property: prop.name });
    }
  }

  const program = apiProgram();
  const checker = program.getTypeChecker();
  const classes = new Map<string, ts.ClassDeclaration>();
  const literals: Array<{ node: ts.Node; where: string }> = [];
  for (const file of program.getSourceFiles()) {
    if (!file.fileName.startsWith(API_SRC)) continue;
    const where = (node: ts.Node) =>
      `${path.relative(root, file.fileName)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isClassDeclaration(node) && node.name) classes.set(node.name.text, node);
      // `changes: …` in an audit entry written by a service.
      if (ts.isPropertyAssignment(node) && node.name.getText() === 'changes')
        literals.push({ node: node.initializer, where: where(node) });
      // `changes.read = …` added to an entry's changes afterwards.
      if (
        ts.isBinaryExpression(node) &&
        node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
        ts.isPropertyAccessExpression(node.left) &&
        node.left.expression.getText() === 'changes'
      )
        add(node.left.name.text, where(node));
      // An object handed to a helper's `changes` parameter (downloads.ts: audit(entityName, divisionCode, changes)).
      if (ts.isCallExpression(node)) {
        const params = checker.getResolvedSignature(node)?.getParameters() ?? [];
        node.arguments.forEach((arg, i) => {
          if (params[i]?.name === 'changes') literals.push({ node: arg, where: where(arg) });
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }

  // 2. Keys inside JSON properties (a policy's bands, an asset's funding sources, …).
  for (const { entity, property } of jsonProperties) {
    const member = classes.get(entity)?.members.find((m) => m.name?.getText() === property);
    if (member)
      for (const key of objectKeys(checker, checker.getTypeAtLocation(member)))
        add(key, `${entity}.${property}[].${key}`);
  }

  // 3. Services' own entries: object literals (nested ones and spreads too) and jsonb_build_object keys.
  const fromLiteral = (node: ts.Node, where: string): void => {
    if (ts.isObjectLiteralExpression(node)) {
      for (const property of node.properties) {
        if (ts.isSpreadAssignment(property)) {
          for (const key of objectKeys(checker, checker.getTypeAtLocation(property.expression))) add(key, where);
        } else if (property.name && !ts.isComputedPropertyName(property.name)) {
          add(property.name.getText().replace(/^['"]|['"]$/g, ''), where);
          if (ts.isPropertyAssignment(property)) fromLiteral(property.initializer, where);
        }
      }
    } else if (ts.isConditionalExpression(node)) {
      fromLiteral(node.whenTrue, where);
      fromLiteral(node.whenFalse, where);
    } else if (ts.isStringLiteralLike(node) || ts.isTemplateExpression(node)) {
      // jsonb_build_object('key', value, 'key', value, …): the names are the odd arguments.
      for (const match of node.getText().matchAll(/jsonb_build_object\(([^)]*)\)/g)) {
        match[1].split(',').forEach((arg, i) => {
          const key = /^\s*'(\w+)'\s*$/.exec(arg);
          if (i % 2 === 0 && key) add(key[1], where);
        });
      }
    }
  };
  for (const { node, where } of literals) fromLiteral(node, where);
  return found;
}

describe('Chinese labels of logged field names', () => {
  const logged = loggedFieldNames();

  it('finds the names of all three sources', () => {
    // One of each: an entity property, a key inside a JSON property, a service's own entries, a raw-SQL entry.
    for (const name of ['lineId', 'lowerBound', 'via', 'reasons', 'tokenId', 'answer', 'eligible', 'read'])
      expect(logged.has(name), name).toBe(true);
    // jsonb_build_object's values are not names.
    expect(logged.has('DATA_COMPARISON')).toBe(false);
  });

  it('every field name the API writes into audit changes has a Chinese label', () => {
    const unlabeled = [...logged]
      .filter(([name]) => !consoleLabels.AUDIT_FIELD_LABELS[name])
      .map(([name, where]) => `${name} (${where})`);
    expect(unlabeled).toEqual([]);
  });

  it('every audited entity has a Chinese name', () => {
    // Abstract bases (BaseEntity, StepEvent) have no rows of their own.
    const names = ENTITIES.map((entity) => entity.name).filter(
      (name) => !['BaseEntity', 'StepEvent'].includes(name) && !NOT_AUDITED.has(name),
    );
    expect(names.length).toBeGreaterThanOrEqual(37);
    expect(names.filter((name) => !consoleLabels.AUDIT_ENTITY_LABELS[name])).toEqual([]);
  });
});
