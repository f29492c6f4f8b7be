import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { enumLabelsSource } from '../common/enum-labels.source';
import { createSchema, printSdl } from '../schema';

/**
 * Writes schema/schema.graphql and the console's enum labels (admin/src/gql/enum-labels.ts) from
 * the resolvers; a test fails when either committed file differs.
 */
async function main() {
  const schema = await createSchema();
  const target = path.join(PROJECT_ROOT, 'schema', 'schema.graphql');
  fs.writeFileSync(target, printSdl(schema));
  console.log(`SDL 已写入 ${path.relative(process.cwd(), target)}`);
  const labels = path.join(PROJECT_ROOT, 'admin', 'src', 'gql', 'enum-labels.ts');
  fs.writeFileSync(labels, enumLabelsSource(schema));
  console.log(`枚举中文名已写入 ${path.relative(process.cwd(), labels)}`);
}

void main();
