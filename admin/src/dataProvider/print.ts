import type { ASTNode, DocumentNode } from 'graphql';

/**
 * Turns a generated document (a GraphQL AST without source text) back into query text.
 * Enough of graphql-js `print` for what codegen emits, so the console needs no `graphql` runtime.
 */
export function printDocument(document: DocumentNode): string {
  return document.definitions.map((definition) => print(definition as ASTNode)).join('\n\n');
}

const join = (parts: Array<string | undefined>, separator = '') => parts.filter(Boolean).join(separator);
const wrap = (start: string, inner: string | undefined, end: string) => (inner ? start + inner + end : '');
const block = (items: readonly ASTNode[] | undefined) =>
  items && items.length ? `{\n${items.map((item) => indent(print(item))).join('\n')}\n}` : '';
const indent = (text: string) => '  ' + text.replace(/\n/g, '\n  ');
const list = (items: readonly ASTNode[] | undefined, separator = ', ') => (items ?? []).map(print).join(separator);

function print(node: ASTNode): string {
  switch (node.kind) {
    case 'Name':
      return node.value;
    case 'OperationDefinition': {
      const variables = wrap('(', list(node.variableDefinitions), ')');
      const directives = list(node.directives, ' ');
      const head = join([node.operation, join([node.name ? print(node.name) : '', variables]), directives], ' ');
      return join([head, block(node.selectionSet.selections)], ' ');
    }
    case 'FragmentDefinition':
      return join(
        [
          `fragment ${print(node.name)} on ${print(node.typeCondition)}`,
          list(node.directives, ' '),
          block(node.selectionSet.selections),
        ],
        ' ',
      );
    case 'VariableDefinition':
      return join(
        [
          `${print(node.variable)}: ${print(node.type)}`,
          node.defaultValue ? `= ${print(node.defaultValue)}` : '',
          list(node.directives, ' '),
        ],
        ' ',
      );
    case 'Field': {
      const prefix = node.alias ? `${print(node.alias)}: ` : '';
      const args = wrap('(', list(node.arguments), ')');
      return join(
        [
          prefix + print(node.name) + args,
          list(node.directives, ' '),
          node.selectionSet ? block(node.selectionSet.selections) : '',
        ],
        ' ',
      );
    }
    case 'Argument':
    case 'ObjectField':
      return `${print(node.name)}: ${print(node.value)}`;
    case 'FragmentSpread':
      return join(['...' + print(node.name), list(node.directives, ' ')], ' ');
    case 'InlineFragment':
      return join(
        [
          '...',
          node.typeCondition ? `on ${print(node.typeCondition)}` : '',
          list(node.directives, ' '),
          block(node.selectionSet.selections),
        ],
        ' ',
      );
    case 'Directive':
      return '@' + print(node.name) + wrap('(', list(node.arguments), ')');
    case 'Variable':
      return '$' + print(node.name);
    case 'IntValue':
    case 'FloatValue':
    case 'EnumValue':
      return node.value;
    case 'StringValue':
      return JSON.stringify(node.value);
    case 'BooleanValue':
      return node.value ? 'true' : 'false';
    case 'NullValue':
      return 'null';
    case 'ListValue':
      return `[${list(node.values)}]`;
    case 'ObjectValue':
      return `{${list(node.fields)}}`;
    case 'NamedType':
      return print(node.name);
    case 'ListType':
      return `[${print(node.type)}]`;
    case 'NonNullType':
      return `${print(node.type)}!`;
    case 'SelectionSet':
      return block(node.selections);
    default:
      throw new Error(`无法处理的 GraphQL 语法节点：${node.kind}`);
  }
}
