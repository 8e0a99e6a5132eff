/**
 * Shopify's search syntax (the `query:` argument of `customers`, `orders`,
 * `products`, …), as documented at shopify.dev/docs/api/usage/search-syntax:
 *
 *   email:ahmed@example.com        field:value (case-insensitive)
 *   created_at:>=2024-01-01        comparators > >= < <=
 *   tag:VIP OR tag:Wholesale       boolean OR (AND is implicit between terms)
 *   -status:cancelled, NOT tag:x   negation
 *   title:'Classic Chino'          quoted values
 *   name:#10*                      trailing * for a prefix match
 *   chino                          free text, matched against default fields
 *
 * An unknown field does not filter anything and yields a warning, as Shopify
 * reports in `extensions.search[].warnings`.
 */

export type Comparator = ":" | ">" | ">=" | "<" | "<=";

export interface SearchTerm {
  type: "term";
  field: string | null;
  comparator: Comparator;
  value: string;
}

export type SearchNode =
  SearchTerm | { type: "and"; children: SearchNode[] } | { type: "or"; children: SearchNode[] } | { type: "not"; child: SearchNode };

type Token = { kind: "lparen" } | { kind: "rparen" } | { kind: "or" } | { kind: "and" } | { kind: "not" } | SearchTerm;

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = query.length;
  const readValue = (): string => {
    const quote = query[i];
    if (quote === '"' || quote === "'") {
      const end = query.indexOf(quote, i + 1);
      const value = query.slice(i + 1, end < 0 ? n : end);
      i = end < 0 ? n : end + 1;
      return value;
    }
    const start = i;
    while (i < n && !/\s/.test(query[i]!) && query[i] !== ")") i++;
    return query.slice(start, i);
  };
  while (i < n) {
    const c = query[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === "(") {
      tokens.push({ kind: "lparen" });
      i++;
      continue;
    }
    if (c === ")") {
      tokens.push({ kind: "rparen" });
      i++;
      continue;
    }
    if (c === "-" && i + 1 < n && !/\s/.test(query[i + 1]!)) {
      tokens.push({ kind: "not" });
      i++;
      continue;
    }
    const fieldMatch = /^([A-Za-z_][\w.]*):(>=|<=|>|<)?/.exec(query.slice(i));
    if (fieldMatch) {
      i += fieldMatch[0].length;
      const comparator = (fieldMatch[2] as Comparator | undefined) ?? ":";
      tokens.push({ type: "term", field: fieldMatch[1]!.toLowerCase(), comparator, value: readValue() });
      continue;
    }
    const quoted = c === '"' || c === "'";
    const word = readValue();
    if (!quoted && word === "OR") tokens.push({ kind: "or" });
    else if (!quoted && word === "AND") tokens.push({ kind: "and" });
    else if (!quoted && word === "NOT") tokens.push({ kind: "not" });
    else if (word) tokens.push({ type: "term", field: null, comparator: ":", value: word });
  }
  return tokens;
}

/** Parses a search query; returns null for an empty query. */
export function parseSearchQuery(query: string | null | undefined): SearchNode | null {
  if (!query || !query.trim()) return null;
  const tokens = tokenize(query);
  let pos = 0;
  const peek = () => tokens[pos];
  const isTerm = (t: Token | undefined): t is SearchTerm => !!t && "type" in t;

  const parseOr = (): SearchNode | null => {
    const children: SearchNode[] = [];
    const first = parseAnd();
    if (first) children.push(first);
    while (peek() && !isTerm(peek()) && (peek() as { kind: string }).kind === "or") {
      pos++;
      const next = parseAnd();
      if (next) children.push(next);
    }
    if (children.length === 0) return null;
    return children.length === 1 ? children[0]! : { type: "or", children };
  };
  const parseAnd = (): SearchNode | null => {
    const children: SearchNode[] = [];
    for (;;) {
      const t = peek();
      if (!t) break;
      if (!isTerm(t) && (t.kind === "or" || t.kind === "rparen")) break;
      if (!isTerm(t) && t.kind === "and") {
        pos++;
        continue;
      }
      const unary = parseUnary();
      if (unary) children.push(unary);
    }
    if (children.length === 0) return null;
    return children.length === 1 ? children[0]! : { type: "and", children };
  };
  const parseUnary = (): SearchNode | null => {
    const t = tokens[pos++];
    if (!t) return null;
    if (isTerm(t)) return t;
    if (t.kind === "not") {
      const child = parseUnary();
      return child ? { type: "not", child } : null;
    }
    if (t.kind === "lparen") {
      const inner = parseOr();
      if (peek() && !isTerm(peek()) && (peek() as { kind: string }).kind === "rparen") pos++;
      return inner;
    }
    return null;
  };
  return parseOr();
}

// ---------------------------------------------------------------------------
// Matching helpers
// ---------------------------------------------------------------------------

/** Case-insensitive equality; a trailing `*` makes it a prefix match. */
export function matchText(actual: string | null | undefined, term: SearchTerm): boolean {
  if (actual === null || actual === undefined) return false;
  const a = actual.toLowerCase();
  const v = term.value.toLowerCase();
  if (v === "*") return a.length > 0;
  if (v.endsWith("*")) return a.startsWith(v.slice(0, -1));
  return a === v;
}

/** Free-text style match: the value appears at the start of a word. */
export function matchWords(actual: string | null | undefined, value: string): boolean {
  if (!actual) return false;
  const a = actual.toLowerCase();
  const v = value.toLowerCase().replace(/\*$/, "");
  if (!v) return true;
  if (a.startsWith(v)) return true;
  return a.split(/[\s@.,\-_+#]+/).some((word) => word.startsWith(v));
}

export function matchTags(tags: readonly string[], term: SearchTerm): boolean {
  return tags.some((tag) => matchText(tag, term));
}

function compare(diff: number, comparator: Comparator): boolean {
  switch (comparator) {
    case ">":
      return diff > 0;
    case ">=":
      return diff >= 0;
    case "<":
      return diff < 0;
    case "<=":
      return diff <= 0;
    default:
      return diff === 0;
  }
}

/**
 * Date comparison. A bare date (`2024-05-01`) means that whole day, so
 * `created_at:2024-05-01` matches any time that day and `>` means after it.
 */
export function matchDate(actualIso: string | null | undefined, term: SearchTerm): boolean {
  if (!actualIso) return false;
  const actual = Date.parse(actualIso);
  const value = term.value.replace(/^'|'$/g, "");
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const start = Date.parse(dateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(start)) return false;
  if (!dateOnly) return compare(actual - start, term.comparator);
  const end = start + 86_400_000;
  switch (term.comparator) {
    case ">":
      return actual >= end;
    case ">=":
      return actual >= start;
    case "<":
      return actual < start;
    case "<=":
      return actual < end;
    default:
      return actual >= start && actual < end;
  }
}

export function matchNumber(actual: number | null | undefined, term: SearchTerm): boolean {
  if (actual === null || actual === undefined) return false;
  const value = Number(term.value);
  if (Number.isNaN(value)) return false;
  return compare(actual - value, term.comparator);
}

export function matchBoolean(actual: boolean, term: SearchTerm): boolean {
  return actual === (term.value.toLowerCase() === "true");
}

// ---------------------------------------------------------------------------
// Compilation
// ---------------------------------------------------------------------------

export interface SearchSpec<T> {
  /** Filters by field name (lower-case, as written in the query). */
  fields: Record<string, (record: T, term: SearchTerm) => boolean>;
  /** Free-text terms (no field). */
  text: (record: T, value: string) => boolean;
}

export interface SearchWarning {
  field: string;
  message: string;
}

export interface CompiledSearch<T> {
  predicate: ((record: T) => boolean) | null;
  warnings: SearchWarning[];
  /** Terms as parsed, for `extensions.search[].parsed`. */
  parsed: SearchNode | null;
}

export function compileSearch<T>(query: string | null | undefined, spec: SearchSpec<T>): CompiledSearch<T> {
  const parsed = parseSearchQuery(query);
  const warnings: SearchWarning[] = [];
  if (!parsed) return { predicate: null, warnings, parsed };
  const build = (node: SearchNode): ((record: T) => boolean) => {
    switch (node.type) {
      case "and": {
        const parts = node.children.map(build);
        return (r) => parts.every((p) => p(r));
      }
      case "or": {
        const parts = node.children.map(build);
        return (r) => parts.some((p) => p(r));
      }
      case "not": {
        const inner = build(node.child);
        return (r) => !inner(r);
      }
      case "term": {
        if (node.field === null) return (r) => spec.text(r, node.value);
        const matcher = spec.fields[node.field];
        if (!matcher) {
          warnings.push({ field: node.field, message: "Invalid search field for this query." });
          return () => true;
        }
        return (r) => matcher(r, node);
      }
    }
  };
  return { predicate: build(parsed), warnings, parsed };
}
