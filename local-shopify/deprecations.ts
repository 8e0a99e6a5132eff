// What of the Admin schema a request uses that Shopify has deprecated: fields,
// arguments and enum values in the document, input fields and enum values in
// the variables. Deprecated means "will be removed"; the emulator answers such
// a request as Shopify will once it is gone, so an app that still sends one
// fails here first (`refuseDeprecated`, on by default).
import {
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  NoDeprecatedCustomRule,
  typeFromAST,
  validate,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";

export interface DeprecatedInput {
  /** "$input.returnLineItems.0.returnReason" */
  where: string;
  /** The input type that will no longer have the field, or the enum. */
  typeName: string;
  name: string;
  reason: string;
}

/** Deprecated fields, arguments and enum values written in the document itself. */
export function deprecatedInDocument(schema: GraphQLSchema, document: DocumentNode): string[] {
  return validate(schema, document, [NoDeprecatedCustomRule]).map((error) => error.message);
}

/** Deprecated input fields and enum values in the variables given for the operation. */
export function deprecatedInVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): DeprecatedInput[] {
  const found: DeprecatedInput[] = [];
  const walk = (type: GraphQLInputType, value: unknown, where: string) => {
    if (value === null || value === undefined) return;
    if (isNonNullType(type)) return walk(type.ofType, value, where);
    if (isListType(type)) {
      if (Array.isArray(value)) value.forEach((item, index) => walk(type.ofType, item, `${where}.${index}`));
      else walk(type.ofType, value, where);
      return;
    }
    if (isInputObjectType(type) && typeof value === "object") {
      const fields = type.getFields();
      for (const [name, fieldValue] of Object.entries(value as Record<string, unknown>)) {
        const field = fields[name];
        if (!field) continue;
        if (field.deprecationReason && fieldValue !== undefined)
          found.push({ where: `${where}.${name}`, typeName: type.name, name, reason: field.deprecationReason });
        walk(field.type, fieldValue, `${where}.${name}`);
      }
      return;
    }
    if (isEnumType(type) && typeof value === "string") {
      const enumValue = type.getValue(value);
      if (enumValue?.deprecationReason) found.push({ where, typeName: type.name, name: value, reason: enumValue.deprecationReason });
    }
  };
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (type) walk(type, variables[definition.variable.name.value], `$${definition.variable.name.value}`);
  }
  return found;
}
