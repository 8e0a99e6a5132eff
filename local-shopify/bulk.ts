/**
 * Bulk query support: Shopify's restrictions on bulk queries and the JSONL
 * output format (shopify.dev/docs/api/usage/bulk-operations/queries).
 *
 * The query runs once over the whole store with pagination limits lifted.
 * Each node of a connection becomes one JSON line; nested connections are
 * not embedded but emitted as their own lines carrying `__parentId` (the
 * parent node's `id`). Plain nested objects and lists stay inline.
 *
 * Where a child line goes depends on `groupObjects`: grouped (the only way
 * before 2026-01), right after its parent; not grouped (the default from
 * 2026-01), Shopify promises nothing, so the emulator writes every parent
 * line first and the children after them, and code that assumes a child
 * follows its parent fails here as it would against Shopify.
 */
import {
  getNamedType,
  isAbstractType,
  isCompositeType,
  isObjectType,
  isUnionType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { fragmentsOf, isConnectionType } from "./cost";

export const MAX_BULK_CONNECTIONS = 5;
export const MAX_BULK_CONNECTION_DEPTH = 2;

/** Every field of a selection set, looking through fragments. */
function collectFields(selectionSet: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>): FieldNode[] {
  const fields: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else visit(fragments[selection.name.value]?.selectionSet);
    }
  };
  visit(selectionSet);
  return fields;
}

function fieldDefinition(schema: GraphQLSchema, type: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (isUnionType(type)) {
    for (const member of type.getTypes()) {
      const field = member.getFields()[name];
      if (field) return field;
    }
    return undefined;
  }
  const direct = type.getFields()[name];
  if (direct) return direct;
  if (!isAbstractType(type)) return undefined;
  for (const possible of schema.getPossibleTypes(type)) {
    const field = possible.getFields()[name];
    if (field) return field;
  }
  return undefined;
}

interface ConnectionShape {
  nodeType: GraphQLCompositeType;
  nodeSelection: SelectionSetNode | undefined;
  /** Where the nodes sit in the result: `edges[].node` or `nodes[]`. */
  via: { kind: "edges"; edgesKey: string; nodeKey: string } | { kind: "nodes"; key: string } | null;
}

function connectionShape(
  connectionType: GraphQLObjectType,
  field: FieldNode,
  fragments: Record<string, FragmentDefinitionNode>,
): ConnectionShape {
  const nodesField = connectionType.getFields().nodes;
  const nodeType = getNamedType(nodesField?.type ?? connectionType.getFields().edges!.type);
  let resolvedNodeType = nodeType as GraphQLCompositeType;
  for (const selection of collectFields(field.selectionSet, fragments)) {
    if (selection.name.value === "nodes") {
      return {
        nodeType: resolvedNodeType,
        nodeSelection: selection.selectionSet,
        via: { kind: "nodes", key: selection.alias?.value ?? "nodes" },
      };
    }
    if (selection.name.value === "edges") {
      const edgeType = getNamedType(connectionType.getFields().edges!.type) as GraphQLObjectType;
      resolvedNodeType = getNamedType(edgeType.getFields().node!.type) as GraphQLCompositeType;
      for (const edgeSelection of collectFields(selection.selectionSet, fragments)) {
        if (edgeSelection.name.value === "node")
          return {
            nodeType: resolvedNodeType,
            nodeSelection: edgeSelection.selectionSet,
            via: { kind: "edges", edgesKey: selection.alias?.value ?? "edges", nodeKey: edgeSelection.alias?.value ?? "node" },
          };
      }
    }
  }
  return { nodeType: resolvedNodeType, nodeSelection: undefined, via: null };
}

/**
 * Checks Shopify's bulk query rules; returns the userError message or null.
 * The document must already be valid against the schema.
 */
export function bulkQueryProblem(schema: GraphQLSchema, document: DocumentNode): string | null {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1) return "Bulk queries must contain exactly one operation.";
  const operation = operations[0]!;
  if (operation.operation !== "query") return "Bulk queries must be query operations; use bulkOperationRunMutation for mutations.";
  if (operation.variableDefinitions?.length) return "Bulk queries cannot use variables.";
  const fragments = fragmentsOf(document);
  let connections = 0;
  let problem: string | null = null;
  const walk = (type: GraphQLCompositeType, selectionSet: SelectionSetNode | undefined, depth: number) => {
    for (const field of collectFields(selectionSet, fragments)) {
      if (problem) return;
      const definition = fieldDefinition(schema, type, field.name.value);
      if (!definition) continue;
      const named = getNamedType(definition.type);
      if (!isCompositeType(named)) continue;
      if (isConnectionType(named)) {
        connections++;
        if (depth + 1 > MAX_BULK_CONNECTION_DEPTH) {
          problem = `Bulk queries cannot contain connections with a nesting depth greater than ${MAX_BULK_CONNECTION_DEPTH}.`;
          return;
        }
        const shape = connectionShape(named as GraphQLObjectType, field, fragments);
        const nested = collectFields(shape.nodeSelection, fragments).some((f) => {
          const d = fieldDefinition(schema, shape.nodeType, f.name.value);
          return d !== undefined && isConnectionType(getNamedType(d.type));
        });
        if (nested) {
          const selectsId = collectFields(shape.nodeSelection, fragments).some((f) => f.name.value === "id" && !f.alias);
          if (!selectsId) {
            problem = `The parent 'node' field for a nested connection must select the 'id' field without an alias and must be of 'ID' return type. Connection field: '${field.name.value}'.`;
            return;
          }
        }
        walk(shape.nodeType, shape.nodeSelection, depth + 1);
      } else {
        walk(named, field.selectionSet, depth);
      }
    }
  };
  walk(schema.getQueryType()!, operation.selectionSet, 0);
  if (problem) return problem;
  if (connections === 0) return "Bulk queries must contain at least one connection.";
  if (connections > MAX_BULK_CONNECTIONS) return `Bulk queries cannot contain more than ${MAX_BULK_CONNECTIONS} connections.`;
  return null;
}

export interface BulkOutput {
  jsonl: string;
  objectCount: number;
  rootObjectCount: number;
}

/** Turns a bulk query's (unpaginated) result into Shopify's JSONL. */
export function flattenBulkResult(
  schema: GraphQLSchema,
  document: DocumentNode,
  data: Record<string, unknown>,
  options: { groupObjects: boolean } = { groupObjects: false },
): BulkOutput {
  const fragments = fragmentsOf(document);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const lines: string[] = [];
  let rootObjectCount = 0;

  interface Deferred {
    nodes: unknown[];
    nodeType: GraphQLCompositeType;
    nodeSelection: SelectionSetNode | undefined;
  }

  const nodesOf = (value: unknown, shape: ConnectionShape): unknown[] => {
    if (!value || typeof value !== "object" || !shape.via) return [];
    const v = value as Record<string, unknown>;
    if (shape.via.kind === "nodes") return (v[shape.via.key] as unknown[] | undefined) ?? [];
    const nodeKey = shape.via.nodeKey;
    return ((v[shape.via.edgesKey] as Record<string, unknown>[] | undefined) ?? []).map((edge) => edge[nodeKey]);
  };

  /** Copies an object without its connections, which are returned for emission. */
  const strip = (value: Record<string, unknown>, type: GraphQLCompositeType, selectionSet: SelectionSetNode | undefined) => {
    const copy: Record<string, unknown> = {};
    const deferred: Deferred[] = [];
    for (const field of collectFields(selectionSet, fragments)) {
      const key = field.alias?.value ?? field.name.value;
      if (!(key in value) || key in copy) continue;
      const raw = value[key];
      const definition = fieldDefinition(schema, type, field.name.value);
      const named = definition ? getNamedType(definition.type) : undefined;
      if (named && isConnectionType(named)) {
        const shape = connectionShape(named as GraphQLObjectType, field, fragments);
        deferred.push({ nodes: nodesOf(raw, shape), nodeType: shape.nodeType, nodeSelection: shape.nodeSelection });
        continue;
      }
      if (named && isCompositeType(named) && raw !== null && typeof raw === "object") {
        if (Array.isArray(raw)) {
          copy[key] = raw.map((item) => {
            if (item === null || typeof item !== "object") return item;
            const inner = strip(item as Record<string, unknown>, named, field.selectionSet);
            deferred.push(...inner.deferred);
            return inner.copy;
          });
        } else {
          const inner = strip(raw as Record<string, unknown>, named, field.selectionSet);
          deferred.push(...inner.deferred);
          copy[key] = inner.copy;
        }
        continue;
      }
      copy[key] = raw;
    }
    return { copy, deferred };
  };

  /** Children waiting for every parent line to be written (not grouped). */
  const later: { node: unknown; type: GraphQLCompositeType; selection: SelectionSetNode | undefined; parentId: unknown }[] = [];
  const emitNode = (node: unknown, type: GraphQLCompositeType, selectionSet: SelectionSetNode | undefined, parentId: unknown) => {
    if (!node || typeof node !== "object") return;
    const { copy, deferred } = strip(node as Record<string, unknown>, type, selectionSet);
    if (parentId !== undefined) copy.__parentId = parentId;
    lines.push(JSON.stringify(copy));
    const id = (node as Record<string, unknown>).id;
    for (const child of deferred)
      for (const n of child.nodes) {
        if (options.groupObjects) emitNode(n, child.nodeType, child.nodeSelection, id);
        else later.push({ node: n, type: child.nodeType, selection: child.nodeSelection, parentId: id });
      }
  };

  const root = schema.getQueryType()!;
  for (const field of collectFields(operation.selectionSet, fragments)) {
    const key = field.alias?.value ?? field.name.value;
    const definition = root.getFields()[field.name.value];
    if (!definition) continue;
    const named = getNamedType(definition.type);
    const value = data[key];
    if (isConnectionType(named)) {
      const shape = connectionShape(named as GraphQLObjectType, field, fragments);
      for (const node of nodesOf(value, shape)) {
        rootObjectCount++;
        emitNode(node, shape.nodeType, shape.nodeSelection, undefined);
      }
    } else if (isObjectType(named) || isCompositeType(named)) {
      if (!value || typeof value !== "object") continue;
      // A root object (e.g. `product(id:)`) is not itself a line; its
      // connections' nodes are, pointing at it.
      const { deferred } = strip(value as Record<string, unknown>, named, field.selectionSet);
      const id = (value as Record<string, unknown>).id;
      for (const child of deferred)
        for (const node of child.nodes) {
          rootObjectCount++;
          emitNode(node, child.nodeType, child.nodeSelection, id);
        }
    }
  }
  // Level by level: a child's own children are queued behind it.
  for (let index = 0; index < later.length; index++) {
    const child = later[index]!;
    emitNode(child.node, child.type, child.selection, child.parentId);
  }
  return { jsonl: lines.length ? `${lines.join("\n")}\n` : "", objectCount: lines.length, rootObjectCount };
}
