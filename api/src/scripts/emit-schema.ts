import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { createSchema, printSdl } from '../schema';

/** Writes schema/schema.graphql from the resolvers; a test fails when the committed file differs. */
async function main() {
  const target = path.join(PROJECT_ROOT, 'schema', 'schema.graphql');
  fs.writeFileSync(target, printSdl(await createSchema()));
  console.log(`SDL 已写入 ${path.relative(process.cwd(), target)}`);
}

void main();
