/**
 * Shopify's Admin API runs graphql-ruby, whose error messages and
 * `extensions` differ from graphql-js. The emulator validates with
 * graphql-js and then rewrites each error into the shape graphql-ruby
 * produces, so apps see exactly what the real API answers.
 *
 * Messages and codes follow graphql-ruby's static validation rules
 * (e.g. `FieldsAreDefinedOnType` → "Field 'x' doesn't exist on type 'Y'",
 * code `undefinedField`, with `typeName`/`fieldName`), and the path is
 * graphql-ruby's document path: `["query Name", "field", "... on Type", ...]`.
 */
import {
  Kind,
  print,
  visit,
  type ASTNode,
  type DocumentNode,
  type GraphQLError,
  type OperationDefinitionNode,
  type VariableDefinitionNode,
} from "graphql";

/** One entry of a Shopify `errors` array. */
export interface ShopifyGraphQLError {
  message: string;
  locations?: { line: number; column: number }[];
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

/** Maps every AST node of a document to its graphql-ruby style path. */
function documentPaths(document: DocumentNode): Map<ASTNode, string[]> {
  const paths = new Map<ASTNode, string[]>();
  const stack: string[] = [];
  visit(document, {
    OperationDefinition: {
      enter(node) {
        stack.push(node.name ? `${node.operation} ${node.name.value}` : node.operation);
        paths.set(node, [...stack]);
      },
      leave() {
        stack.pop();
      },
    },
    FragmentDefinition: {
      enter(node) {
        stack.push(`fragment ${node.name.value}`);
        paths.set(node, [...stack]);
      },
      leave() {
        stack.pop();
      },
    },
    Field: {
      enter(node) {
        stack.push(node.alias?.value ?? node.name.value);
        paths.set(node, [...stack]);
      },
      leave() {
        stack.pop();
      },
    },
    InlineFragment: {
      enter(node) {
        stack.push(node.typeCondition ? `... on ${node.typeCondition.name.value}` : "...");
        paths.set(node, [...stack]);
      },
      leave() {
        stack.pop();
      },
    },
    FragmentSpread: {
      enter(node) {
        paths.set(node, [...stack, `... ${node.name.value}`]);
      },
    },
    Argument: {
      enter(node) {
        paths.set(node, [...stack, node.name.value]);
      },
    },
    VariableDefinition: {
      enter(node) {
        paths.set(node, [...stack, `$${node.variable.name.value}`]);
      },
    },
  });
  return paths;
}

function locationsOf(error: GraphQLError): { line: number; column: number }[] | undefined {
  return error.locations?.map(({ line, column }) => ({ line, column }));
}

const TOKEN_NAMES: Record<string, string> = {
  "{": "LCURLY",
  "}": "RCURLY",
  "(": "LPAREN",
  ")": "RPAREN",
  "[": "LBRACKET",
  "]": "RBRACKET",
  ":": "COLON",
  "=": "EQUALS",
  $: "VAR_SIGN",
  "@": "DIR_SIGN",
  "!": "BANG",
  "...": "ELLIPSIS",
  "|": "PIPE",
  "&": "AMP",
};

/** graphql-ruby's parser message: `Parse error on "}" (RCURLY) at [1, 15]`. */
function parseErrorMessage(error: GraphQLError): string {
  const location = error.locations?.[0];
  const found = (/found (.*)\.$/.exec(error.message) ?? /Unexpected (.*)\.$/.exec(error.message))?.[1] ?? "";
  if (found === "<EOF>") return "Unexpected end of document";
  const at = location ? ` at [${location.line}, ${location.column}]` : "";
  const token = found.replace(/^(?:Name|Int|Float|String) /, "").replace(/^"(.*)"$/, "$1");
  let kind = TOKEN_NAMES[token];
  if (!kind) {
    if (/^-?\d+$/.test(token)) kind = "INT";
    else if (/^-?\d/.test(token)) kind = "FLOAT";
    else if (found.startsWith('"') && found !== `"${token}"`) kind = "STRING";
    else kind = "IDENTIFIER";
  }
  return `Parse error on ${JSON.stringify(token)} (${kind})${at}`;
}

/** Rewrites a syntax error into graphql-ruby's shape. */
export function toShopifySyntaxError(error: GraphQLError): ShopifyGraphQLError {
  return { message: parseErrorMessage(error), locations: locationsOf(error) };
}

/** graphql-js's two messages about a variable declared and not used, or used and not declared, as graphql-ruby words them. */
const VARIABLE_MISUSES = {
  "never used": { says: (operation: string) => `declared by ${operation} but not used`, code: "variableNotUsed" },
  "not defined": { says: (operation: string) => `used by ${operation} but not declared`, code: "variableNotDefined" },
} as const;

/**
 * Rewrites graphql-js validation errors into graphql-ruby's messages.
 * Several graphql-js "missing argument" errors on one field become one
 * graphql-ruby error listing every missing argument, as Ruby reports them.
 */
export function toShopifyValidationErrors(errors: readonly GraphQLError[], document: DocumentNode): ShopifyGraphQLError[] {
  const paths = documentPaths(document);
  const out: ShopifyGraphQLError[] = [];
  const missingArgs = new Map<ASTNode, ShopifyGraphQLError>();

  for (const error of errors) {
    const node = error.nodes?.[0];
    const path = node ? paths.get(node) : undefined;
    const base = { locations: locationsOf(error), ...(path ? { path } : {}) };
    const message = error.message;
    let m: RegExpExecArray | null;

    if ((m = /^Cannot query field "([^"]+)" on type "([^"]+)"\./.exec(message))) {
      const [, field, type] = m;
      out.push({
        message: `Field '${field}' doesn't exist on type '${type}'`,
        ...base,
        extensions: { code: "undefinedField", typeName: type, fieldName: field },
      });
    } else if ((m = /^Field "([^"]+)" argument "([^"]+)" of type "[^"]+" is required, but it was not provided\./.exec(message))) {
      const [, field, argument] = m;
      const existing = node ? missingArgs.get(node) : undefined;
      if (existing) {
        const extensions = existing.extensions as { arguments: string };
        extensions.arguments = `${extensions.arguments}, ${argument}`;
        existing.message = `Field '${field}' is missing required arguments: ${extensions.arguments}`;
        continue;
      }
      const entry: ShopifyGraphQLError = {
        message: `Field '${field}' is missing required arguments: ${argument}`,
        ...base,
        extensions: { code: "missingRequiredArguments", className: "Field", name: field, arguments: argument },
      };
      if (node) missingArgs.set(node, entry);
      out.push(entry);
    } else if ((m = /^Unknown argument "([^"]+)" on field "([^".]+)\.([^"]+)"\./.exec(message))) {
      const [, argument, , field] = m;
      out.push({
        message: `Field '${field}' doesn't accept argument '${argument}'`,
        ...base,
        extensions: { code: "argumentNotAccepted", name: field, typeName: "Field", argumentName: argument },
      });
    } else if ((m = /^Field "([^"]+)" must not have a selection since type "([^"]+)" has no subfields\./.exec(message))) {
      const [, field, type] = m;
      const selections =
        node && node.kind === Kind.FIELD && node.selectionSet
          ? node.selectionSet.selections.map((s) => JSON.stringify(s.kind === Kind.FIELD ? s.name.value : print(s)))
          : [];
      out.push({
        message: `Selections can't be made on scalars (field '${field}' returns ${type} but has selections [${selections.join(", ")}])`,
        ...base,
        extensions: { code: "selectionMismatch", nodeName: `field '${field}'`, typeName: type },
      });
    } else if ((m = /^Field "([^"]+)" of type "([^"]+)" must have a selection of subfields\./.exec(message))) {
      const [, field, type] = m;
      const named = type!.replace(/[[\]!]/g, "");
      out.push({
        message: `Field must have selections (field '${field}' returns ${named} but has no selections. Did you mean '${field} { ... }'?)`,
        ...base,
        extensions: { code: "selectionMismatch", nodeName: `field '${field}'`, typeName: named },
      });
    } else if ((m = /^Variable "\$([^"]+)" is (never used|not defined)(?: (?:in|by) operation "([^"]+)")?\./.exec(message))) {
      const [, variable, misuse, operation] = m;
      const { says, code } = VARIABLE_MISUSES[misuse as keyof typeof VARIABLE_MISUSES];
      out.push({
        message: `Variable $${variable} is ${says(operation ?? "anonymous query")}`,
        ...base,
        extensions: { code, variableName: variable },
      });
    } else if ((m = /^Unknown type "([^"]+)"\./.exec(message))) {
      const [, type] = m;
      const isVariable = node !== undefined && variableTypeNodes(document).has(node);
      out.push({
        message: isVariable ? `${type} isn't a defined input type` : `No such type ${type}, so it can't be a fragment condition`,
        ...base,
        extensions: isVariable ? { code: "variableRequiresValidType", typeName: type } : { code: "undefinedType", typeName: type },
      });
    } else if ((m = /^Expected value of type "([^"]+)", found (.*?)(?:;.*)?\.$/s.exec(message))) {
      const [, type, found] = m;
      const argument = findEnclosingArgument(document, node);
      out.push({
        message: argument
          ? `Argument '${argument.argument}' on Field '${argument.field}' has an invalid value (${found}). Expected type '${type}'.`
          : message,
        ...base,
        extensions: argument
          ? { code: "argumentLiteralsIncompatible", typeName: "Field", argumentName: argument.argument }
          : { code: "argumentLiteralsIncompatible" },
      });
    } else if ((m = /^Fragment "([^"]+)" is never used\./.exec(message))) {
      out.push({
        message: `Fragment ${m[1]} was defined, but not used`,
        ...base,
        extensions: { code: "useAndDefineFragment", fragmentName: m[1] },
      });
    } else {
      out.push({ message, ...base });
    }
  }
  return out;
}

/** Every type reference inside a variable definition. */
function variableTypeNodes(document: DocumentNode): Set<ASTNode> {
  const nodes = new Set<ASTNode>();
  visit(document, {
    VariableDefinition(definition) {
      visit(definition.type, {
        NamedType(named) {
          nodes.add(named);
        },
      });
    },
  });
  return nodes;
}

/** The argument (and its field) that contains `node`, for literal errors. */
function findEnclosingArgument(document: DocumentNode, target: ASTNode | undefined): { field: string; argument: string } | undefined {
  if (!target?.loc) return undefined;
  const start = target.loc.start;
  let found: { field: string; argument: string } | undefined;
  visit(document, {
    Field(node) {
      for (const argument of node.arguments ?? []) {
        if (argument.loc && argument.loc.start <= start && start <= argument.loc.end) {
          found = { field: node.name.value, argument: argument.name.value };
        }
      }
    },
  });
  return found;
}

/**
 * Rewrites graphql-js variable coercion errors into graphql-ruby's
 * `INVALID_VARIABLE` errors:
 * "Variable $input of type CustomerInput! was provided invalid value for email (Expected value to not be null)".
 */
export function toShopifyVariableErrors(
  errors: readonly GraphQLError[],
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): ShopifyGraphQLError[] {
  return errors.map((error) => {
    const m =
      /^Variable "\$([^"]+)" (?:got invalid value .*?(?: at "([^"]+)")?; (.*)|of required type "[^"]+" was not provided\.|of non-null type "[^"]+" must not be null\.)$/s.exec(
        error.message,
      );
    if (!m) return { message: error.message, locations: locationsOf(error) };
    const [, name, at, detail] = m;
    const definition = operation.variableDefinitions?.find((d) => d.variable.name.value === name);
    const typeText = definition ? print(definition.type) : "";
    const problemPath = at ? rubyPath(at) : [];
    const explanation = detail === undefined ? "Expected value to not be null" : rubyExplanation(detail);
    const forPart = problemPath.length ? ` for ${problemPath.join(".")} (${explanation})` : "";
    return {
      message: `Variable $${name} of type ${typeText} was provided invalid value${forPart}`,
      locations: locationOfDefinition(definition) ?? locationsOf(error),
      extensions: {
        code: "INVALID_VARIABLE",
        value: name !== undefined && name in variables ? variables[name] : null,
        problems: [{ path: problemPath, explanation }],
      },
    };
  });
}

function locationOfDefinition(definition: VariableDefinitionNode | undefined) {
  const loc = definition?.loc;
  if (!loc) return undefined;
  return [{ line: loc.startToken.line, column: loc.startToken.column }];
}

/** "input.lineItems[0].quantity" → ["lineItems", 0, "quantity"] (variable name dropped). */
function rubyPath(at: string): (string | number)[] {
  const parts: (string | number)[] = [];
  for (const piece of at.split(".").slice(1)) {
    const m = /^([^[]*)((?:\[\d+\])*)$/.exec(piece);
    if (!m) {
      parts.push(piece);
      continue;
    }
    if (m[1]) parts.push(m[1]);
    for (const index of m[2]!.matchAll(/\[(\d+)\]/g)) parts.push(Number(index[1]));
  }
  return parts;
}

function rubyExplanation(detail: string): string {
  let m: RegExpExecArray | null;
  if (/^Expected non-nullable type "[^"]+" not to be null\.$/.test(detail)) return "Expected value to not be null";
  if ((m = /^Field "([^"]+)" is not defined by type "([^"]+)"\./.exec(detail))) return `Field is not defined on ${m[2]}`;
  if ((m = /^Field "([^"]+)" of required type "[^"]+" was not provided\.$/.exec(detail))) return `Expected value to not be null`;
  if ((m = /^Value "([^"]+)" does not exist in "([^"]+)" enum\./.exec(detail))) return `Expected "${m[1]}" to be one of the ${m[2]} values`;
  if ((m = /cannot represent[^:]*: (.*)$/.exec(detail)))
    return `Could not coerce value ${m[1]} to ${/^(\w+)/.exec(detail)?.[1] ?? "value"}`;
  return detail.replace(/\.$/, "");
}
