import 'reflect-metadata';
import type { TestProject } from 'vitest/node';
import { migrate, openOrm } from '../../api/src/orm';
import { appRoleSettings, prepareAppRole } from '../../api/src/database/app-role';
import { seedDemo } from '../../api/src/seed/seed';
import { databaseUrl, dropDatabase, withAdminClient } from './database';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}

/** Migrates and seeds one template database and grants the application role; every test file clones it. */
export default async function setup(project: TestProject) {
  const template = `ffp_test_tpl_${process.pid}`;
  await withAdminClient(async (c) => {
    await c.query(`drop database if exists "${template}" with (force)`);
    await c.query(`create database "${template}"`);
  });
  const orm = await openOrm(databaseUrl(template), { poolMax: 2 });
  try {
    await migrate(orm);
    await seedDemo(orm);
  } finally {
    await orm.close();
  }
  // As production: the owner migrates, the API connects as the application role. Clones of the
  // template keep its grants.
  const url = databaseUrl(template);
  await prepareAppRole(url, appRoleSettings(url));
  project.provide('templateDatabase', template);
  return async () => {
    await dropDatabase(template);
  };
}
