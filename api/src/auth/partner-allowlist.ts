import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, parse, print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { PROJECT_ROOT } from '../config';
import type { Context } from '../context';
import { AppError, ErrorCode } from '../common/errors';
import { PARTNER_ROLES } from './roles';

/**
 * Partner systems (dashboard and insurer accounts) may send only the operations of the public
 * contract (schema/contract/*.graphql), exactly as written: an allow-list of SHA-256 hashes of each
 * operation printed by graphql-js (so whitespace, comments and commas do not matter, names and
 * fields do), plus changing their own password and signing out. Anything else is refused FORBIDDEN
 * before it runs, whatever their permissions.
 */
export const CONTRACT_DIR = path.join(PROJECT_ROOT, 'schema', 'contract');

export const operationHash = (operation: OperationDefinitionNode) =>
  createHash('sha256').update(print(operation)).digest('hex');

export function contractOperationHashes(dir = CONTRACT_DIR): Set<string> {
  const hashes = new Set<string>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.graphql'))) {
    for (const definition of parse(fs.readFileSync(path.join(dir, file), 'utf8')).definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION) hashes.add(operationHash(definition));
    }
  }
  return hashes;
}

/** A partner is an actor holding only partner roles (an officer who also reads statistics is not). */
export const isPartner = (ctx: Context) =>
  !!ctx.actor && ctx.actor.roles.length > 0 && ctx.actor.roles.every((r) => PARTNER_ROLES.includes(r));

/**
 * Besides the contract, a partner account looks after its own session: a mutation of exactly one
 * field, `changePassword` or `logout`, not aliased, without directives (both answer a Boolean).
 */
export const PARTNER_ACCOUNT_FIELDS: ReadonlySet<string> = new Set(['changePassword', 'logout']);

function isAccountOperation(operation: OperationDefinitionNode): boolean {
  if (operation.operation !== 'mutation' || operation.directives?.length) return false;
  const selections = operation.selectionSet.selections;
  if (selections.length !== 1) return false;
  const [field] = selections;
  return (
    field.kind === Kind.FIELD &&
    !field.alias &&
    !field.directives?.length &&
    !field.selectionSet &&
    PARTNER_ACCOUNT_FIELDS.has(field.name.value)
  );
}

/** The document must be exactly one contract or account operation (no extra operations or fragments). */
function isContractOperation(document: DocumentNode, allowed: Set<string>): boolean {
  if (document.definitions.length !== 1) return false;
  const [operation] = document.definitions;
  return (
    operation.kind === Kind.OPERATION_DEFINITION &&
    (allowed.has(operationHash(operation)) || isAccountOperation(operation))
  );
}

export function partnerAllowListPlugin(allowed = contractOperationHashes()): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document }) {
          if (isPartner(contextValue) && !isContractOperation(document, allowed)) {
            // A refusal before execution: HTTP 403 (Apollo would answer 500 for an error thrown here).
            throw new AppError(
              ErrorCode.FORBIDDEN,
              '合作方账号只能发送合作接口约定的操作（见 schema/contract），请勿修改操作内容',
              { http: { status: 403 } },
            );
          }
        },
      };
    },
  };
}
