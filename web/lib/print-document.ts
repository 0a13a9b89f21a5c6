import type { ASTNode } from 'graphql';

// A compact printer for the documents codegen generates (operations, fragments, variables and
// literal values), for fetchQuery: graphql's own `print` is ~10 KiB gzip, more than a map route
// can spare (issue 15). Whitespace differs from `print`; the parsed document is the same.
type Node = ASTNode | undefined;

const all = (nodes: readonly ASTNode[] | undefined, separator = ' ') =>
  (nodes ?? []).map(printDocument).join(separator);
const wrap = (open: string, inner: string, close: string) => (inner ? `${open}${inner}${close}` : '');
const space = (text: string) => (text ? ` ${text}` : '');

export function printDocument(node: Node): string {
  if (!node) return '';
  switch (node.kind) {
    case 'Document':
      return all(node.definitions);
    case 'OperationDefinition':
      return `${node.operation}${space(printDocument(node.name))}${wrap('(', all(node.variableDefinitions, ', '), ')')}${space(all(node.directives))} ${printDocument(node.selectionSet)}`;
    case 'FragmentDefinition':
      return `fragment ${node.name.value} on ${node.typeCondition.name.value}${space(all(node.directives))} ${printDocument(node.selectionSet)}`;
    case 'VariableDefinition':
      return `${printDocument(node.variable)}: ${printDocument(node.type)}${node.defaultValue ? ` = ${printDocument(node.defaultValue)}` : ''}${space(all(node.directives))}`;
    case 'SelectionSet':
      return `{ ${all(node.selections)} }`;
    case 'Field':
      return `${node.alias ? `${node.alias.value}: ` : ''}${node.name.value}${wrap('(', all(node.arguments, ', '), ')')}${space(all(node.directives))}${space(printDocument(node.selectionSet))}`;
    case 'FragmentSpread':
      return `...${node.name.value}${space(all(node.directives))}`;
    case 'InlineFragment':
      return `...${node.typeCondition ? ` on ${node.typeCondition.name.value}` : ''}${space(all(node.directives))} ${printDocument(node.selectionSet)}`;
    case 'Directive':
      return `@${node.name.value}${wrap('(', all(node.arguments, ', '), ')')}`;
    case 'Argument':
    case 'ObjectField':
      return `${node.name.value}: ${printDocument(node.value)}`;
    case 'Variable':
      return `$${node.name.value}`;
    case 'Name':
    case 'IntValue':
    case 'FloatValue':
    case 'EnumValue':
      return node.value;
    case 'NamedType':
      return node.name.value;
    case 'ListType':
      return `[${printDocument(node.type)}]`;
    case 'NonNullType':
      return `${printDocument(node.type)}!`;
    case 'StringValue':
      return JSON.stringify(node.value); // JSON's escapes are GraphQL's
    case 'BooleanValue':
      return String(node.value);
    case 'NullValue':
      return 'null';
    case 'ListValue':
      return `[${all(node.values, ', ')}]`;
    case 'ObjectValue':
      return `{${all(node.fields, ', ')}}`;
    default:
      throw new Error(`printDocument: no printer for ${node.kind}`);
  }
}
