/**
 * Shopify's calculated query cost and the per app+shop leaky bucket
 * (shopify.dev/docs/apps/build/apis/graphql-admin/rate-limits):
 *
 * - scalars and enums cost 0, objects 1,
 * - a connection costs 2 plus `first`/`last` × the cost of one node,
 * - interfaces/unions cost the maximum of their possible selections,
 * - every mutation field costs 10.
 *
 * The requested cost is computed before execution; the actual cost counts
 * the nodes really returned, and the difference is refunded to the bucket.
 */
import {
  getNamedType,
  isAbstractType,
  isCompositeType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";

export const MUTATION_COST = 10;
export const CONNECTION_BASE_COST = 2;
export const SINGLE_QUERY_MAX_COST = 1000;

export interface CostContext {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/** True for Relay connection types (`XConnection` with `edges`/`nodes`). */
/** A document's fragments by name (what a selection's spreads refer to). */
export function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const out: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) out[definition.name.value] = definition;
  return out;
}

export function isConnectionType(type: GraphQLNamedType): boolean {
  if (!isObjectType(type) || !type.name.endsWith("Connection")) return false;
  const fields = type.getFields();
  return "pageInfo" in fields && ("edges" in fields || "nodes" in fields);
}

function argumentValue(field: FieldNode, name: string, variables: Record<string, unknown>): unknown {
  const argument = field.arguments?.find((a) => a.name.value === name);
  if (!argument) return undefined;
  return literal(argument.value, variables);
}

function literal(value: ValueNode, variables: Record<string, unknown>): unknown {
  switch (value.kind) {
    case Kind.VARIABLE:
      return variables[value.name.value];
    case Kind.INT:
      return Number(value.value);
    case Kind.FLOAT:
      return Number(value.value);
    case Kind.STRING:
    case Kind.ENUM:
      return value.value;
    case Kind.BOOLEAN:
      return value.value;
    case Kind.NULL:
      return null;
    default:
      return undefined;
  }
}

/** `first` or `last` of a connection field (0 when absent or invalid). */
export function pageSize(field: FieldNode, variables: Record<string, unknown>): number {
  const first = argumentValue(field, "first", variables);
  const last = argumentValue(field, "last", variables);
  const size = typeof first === "number" ? first : typeof last === "number" ? last : 0;
  return Math.max(0, size);
}

/** Selection-set cost; fragments on different concrete types count as a max. */
function selectionSetCost(
  ctx: CostContext,
  parentType: GraphQLCompositeType,
  selectionSet: SelectionSetNode | undefined,
  value?: unknown,
): number {
  if (!selectionSet) return 0;
  let direct = 0;
  const byType = new Map<string, number>();
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      direct += fieldCost(ctx, parentType, selection, value);
      continue;
    }
    let typeName: string | undefined;
    let inner: SelectionSetNode;
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      typeName = selection.typeCondition?.name.value;
      inner = selection.selectionSet;
    } else {
      const fragment = ctx.fragments[selection.name.value];
      if (!fragment) continue;
      typeName = fragment.typeCondition.name.value;
      inner = fragment.selectionSet;
    }
    const conditionType = (typeName ? ctx.schema.getType(typeName) : parentType) ?? parentType;
    if (!isCompositeType(conditionType)) continue;
    const cost = selectionSetCost(ctx, conditionType, inner, value);
    if (conditionType === parentType || isAbstractType(conditionType)) direct += cost;
    else byType.set(conditionType.name, (byType.get(conditionType.name) ?? 0) + cost);
  }
  return direct + Math.max(0, ...byType.values());
}

/** What returned items cost: 1 and their selection each; a null (or missing) item costs nothing. */
function returnedCost(ctx: CostContext, type: GraphQLCompositeType, selectionSet: SelectionSetNode | undefined, items: unknown[]): number {
  return items.reduce(
    (s: number, item: unknown) => s + (item === null || item === undefined ? 0 : 1 + selectionSetCost(ctx, type, selectionSet, item)),
    0,
  );
}

function fieldCost(ctx: CostContext, parentType: GraphQLCompositeType, field: FieldNode, parentValue: unknown): number {
  const name = field.name.value;
  if (name.startsWith("__")) return 0;
  if (!("getFields" in parentType)) return 0;
  const definition = parentType.getFields()[name];
  if (!definition) return 0;
  const namedType = getNamedType(definition.type);
  if (!isCompositeType(namedType)) return 0;

  const measuringActual = parentValue !== undefined;
  const value = measuringActual
    ? parentValue === null || typeof parentValue !== "object"
      ? null
      : (parentValue as Record<string, unknown>)[field.alias?.value ?? name]
    : undefined;
  if (measuringActual && (value === null || value === undefined)) return 0;

  if (isConnectionType(namedType)) {
    const connectionType = namedType as import("graphql").GraphQLObjectType;
    const nodeType = getNamedType(connectionType.getFields().nodes?.type ?? connectionType.getFields().edges!.type);
    const edgeNodeType = (() => {
      const edges = connectionType.getFields().edges;
      if (!edges) return undefined;
      const edgeType = getNamedType(edges.type);
      return isObjectType(edgeType) ? getNamedType(edgeType.getFields().node?.type ?? edges.type) : undefined;
    })();
    let perNode = 0;
    let actualTotal = 0;
    // `nodes` and `edges { node }` select the page's nodes alike: as requested, one node's cost; measured, what was returned.
    const countNodes = (type: GraphQLCompositeType, selectionSet: SelectionSetNode | undefined, returned: () => unknown) => {
      if (!measuringActual) perNode = Math.max(perNode, 1 + selectionSetCost(ctx, type, selectionSet));
      else {
        const nodes = returned();
        if (Array.isArray(nodes)) actualTotal = Math.max(actualTotal, returnedCost(ctx, type, selectionSet, nodes));
      }
    };
    for (const selection of field.selectionSet?.selections ?? []) {
      if (selection.kind !== Kind.FIELD) continue;
      const key = selection.alias?.value ?? selection.name.value;
      const returned = () => (value as Record<string, unknown>)[key];
      if (selection.name.value === "nodes" && isCompositeType(nodeType)) countNodes(nodeType, selection.selectionSet, returned);
      else if (selection.name.value === "edges" && edgeNodeType && isCompositeType(edgeNodeType)) {
        for (const edgeSelection of selection.selectionSet?.selections ?? []) {
          if (edgeSelection.kind !== Kind.FIELD || edgeSelection.name.value !== "node") continue;
          const nodeKey = edgeSelection.alias?.value ?? "node";
          countNodes(edgeNodeType, edgeSelection.selectionSet, () => {
            const edges = returned();
            return Array.isArray(edges)
              ? edges.map((edge: unknown) => (edge && typeof edge === "object" ? (edge as Record<string, unknown>)[nodeKey] : null))
              : edges;
          });
        }
      }
    }
    if (measuringActual) return CONNECTION_BASE_COST + actualTotal;
    return CONNECTION_BASE_COST + pageSize(field, ctx.variables) * perNode;
  }

  if (measuringActual && Array.isArray(value)) return returnedCost(ctx, namedType, field.selectionSet, value);
  return 1 + selectionSetCost(ctx, namedType, field.selectionSet, value);
}

/** The cost Shopify computes before running an operation. */
export function requestedQueryCost(ctx: CostContext, operation: OperationDefinitionNode): number {
  if (operation.operation === "mutation") {
    return operation.selectionSet.selections.filter((s) => s.kind === Kind.FIELD && !s.name.value.startsWith("__")).length * MUTATION_COST;
  }
  const root = ctx.schema.getQueryType();
  if (!root) return 0;
  return selectionSetCost(ctx, root, operation.selectionSet);
}

/** The cost of what was actually returned. */
export function actualQueryCost(ctx: CostContext, operation: OperationDefinitionNode, data: unknown): number {
  if (operation.operation === "mutation") return requestedQueryCost(ctx, operation);
  const root = ctx.schema.getQueryType();
  if (!root || data === null || data === undefined) return 0;
  return selectionSetCost(ctx, root, operation.selectionSet, data);
}

// ---------------------------------------------------------------------------
// Leaky bucket
// ---------------------------------------------------------------------------

export interface ThrottleOptions {
  /** Bucket size (default 2000). */
  maximumAvailable?: number;
  /** Points restored per second (default 100). */
  restoreRate?: number;
}

export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

/** A leaky bucket driven by an injected clock, so tests control time. */
export class LeakyBucket {
  readonly maximumAvailable: number;
  readonly restoreRate: number;
  private available: number;
  private lastMs: number;

  constructor(options: ThrottleOptions, nowMs: number) {
    this.maximumAvailable = options.maximumAvailable ?? 2000;
    this.restoreRate = options.restoreRate ?? 100;
    this.available = this.maximumAvailable;
    this.lastMs = nowMs;
  }

  private refill(nowMs: number): void {
    if (nowMs > this.lastMs) {
      this.available = Math.min(this.maximumAvailable, this.available + ((nowMs - this.lastMs) / 1000) * this.restoreRate);
    }
    this.lastMs = Math.max(this.lastMs, nowMs);
  }

  /** Takes `cost` points if available; false (nothing taken) if not. */
  tryTake(cost: number, nowMs: number): boolean {
    this.refill(nowMs);
    if (cost > this.available) return false;
    this.available -= cost;
    return true;
  }

  /** Gives back points (requested − actual cost). */
  refund(points: number, nowMs: number): void {
    this.refill(nowMs);
    this.available = Math.min(this.maximumAvailable, this.available + Math.max(0, points));
  }

  status(nowMs: number): ThrottleStatus {
    this.refill(nowMs);
    return {
      maximumAvailable: this.maximumAvailable,
      currentlyAvailable: Math.floor(this.available),
      restoreRate: this.restoreRate,
    };
  }
}
