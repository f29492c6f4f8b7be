import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { HttpError } from 'react-admin';
import { printDocument } from './print';

export const GRAPHQL_URL = '/graphql';
export const TOKEN_KEY = 'ffp.token';

/** Error codes the API attaches to `extensions.code`. */
export type ApiErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | string;

interface GraphQLErrorBody {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: ApiErrorCode; field?: string; [key: string]: unknown };
}

const STATUS_BY_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  CONFLICT: 409,
};

/**
 * An API error, as react-admin expects it: `message` is the server's Chinese text (shown as is),
 * `status` 401 for UNAUTHENTICATED (react-admin then logs out) and 403 for FORBIDDEN.
 */
export class ApiError extends HttpError {
  readonly code: ApiErrorCode;
  readonly field?: string;

  constructor(message: string, status: number, code: ApiErrorCode, field?: string, graphQLErrors?: GraphQLErrorBody[]) {
    // `body.errors` is react-admin's channel for server-side validation: the field's message is shown
    // under the input and `root.serverError` as the notification. Only input errors that name a field use it.
    // `input.members[0].idNumber` → `members.0.idNumber`, the path of the form's input.
    const formField = field?.replace(/^input\./, '').replace(/\[(\d+)\]/g, '.$1');
    const errors =
      code === 'BAD_USER_INPUT' && formField ? { [formField]: message, root: { serverError: message } } : undefined;
    super(message, status, { code, field: formField, errors, graphQLErrors });
    // HttpError resets the prototype to its own; restore ours so that `instanceof ApiError` holds.
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = 'ApiError';
    this.code = code;
    this.field = formField;
  }
}

const printed = new WeakMap<object, string>();

function queryText(document: TypedDocumentNode<unknown, unknown>): string {
  let text = printed.get(document);
  if (!text) {
    text = printDocument(document);
    printed.set(document, text);
  }
  return text;
}

/**
 * Sends one typed operation to the API with the stored bearer token (none for `anonymous`, the
 * public self-report page); throws ApiError on any error.
 */
export async function graphqlRequest<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables?: TVariables,
  options: { anonymous?: boolean } = {},
): Promise<TResult> {
  return graphqlTextRequest<TResult>(
    queryText(document as TypedDocumentNode<unknown, unknown>),
    variables ?? {},
    options,
  );
}

/**
 * Sends operation text exactly as given: partner pages send the public contract's operations
 * verbatim, since the API accepts nothing else from partner accounts.
 */
export async function graphqlTextRequest<TResult>(
  query: string,
  variables: unknown,
  options: { anonymous?: boolean } = {},
): Promise<TResult> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
  const token = options.anonymous ? null : localStorage.getItem(TOKEN_KEY);
  if (token) headers.Authorization = `Bearer ${token}`;

  let response: Response;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables: variables ?? {} }),
    });
  } catch {
    throw new ApiError('无法连接服务器，请检查网络后重试', 0, 'NETWORK');
  }

  let body: { data?: TResult | null; errors?: GraphQLErrorBody[] } | undefined;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }

  const first = body?.errors?.[0];
  if (first) {
    const code = first.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
    const status = STATUS_BY_CODE[code] ?? (response.status >= 400 ? response.status : 500);
    const message = first.message || '服务器返回错误';
    throw new ApiError(message, status, code, first.extensions?.field, body?.errors);
  }
  if (!response.ok || !body || body.data == null) {
    throw new ApiError(`服务器返回错误（HTTP ${response.status}）`, response.status || 500, 'HTTP_ERROR');
  }
  return body.data;
}
