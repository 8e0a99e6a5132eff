// Finds every GraphQL document in the app's source: each gql`...` template
// and each template literal that starts with the #graphql marker. Documents
// are read from the source text, so a document in any file is checked, not
// only the ones someone remembered to register.
//
// A document may interpolate fragments (`${VIP_CUSTOMER_FACTS_FIELDS}`), each
// a template of its own assigned to a const. Every operation is returned with
// those interpolations replaced by the fragments' text, as the app sends it,
// so the schema, scope and deprecation checks see the fields inside the
// fragments. A template that only defines fragments is not returned on its
// own: it is checked inside every operation that uses it. One that no
// template uses is returned, and fails validation as an unused fragment.
import fs from "node:fs";
import path from "node:path";
import { Kind, parse } from "graphql";

export interface FoundDocument {
  file: string;
  line: number;
  source: string;
}

interface Template extends FoundDocument {
  /** The const the template is assigned to, if it is (`export const NAME = gql\``). */
  name: string | null;
}

const TEMPLATE = /(?:\bgql\s*`|`\s*#graphql\b)([^`]*)`/g;
const ASSIGNED_TO = /\bconst\s+(\w+)\s*(?::[^=]+)?=\s*$/;
const INTERPOLATION = /\$\{\s*(\w+)\s*\}/g;

export function findGraphqlDocuments(directory: string): FoundDocument[] {
  const templates = listSourceFiles(directory).flatMap(readTemplates);
  const byName = new Map<string, Template[]>();
  for (const template of templates) if (template.name) byName.set(template.name, [...(byName.get(template.name) ?? []), template]);
  const interpolated = new Set<string>();
  const documents = templates.map((template) => ({
    file: template.file,
    line: template.line,
    source: resolveInterpolations(template, byName, [], interpolated),
    name: template.name,
  }));
  return documents
    .filter((document) => !(document.name && interpolated.has(document.name) && definesOnlyFragments(document.source)))
    .map(({ file, line, source }) => ({ file, line, source }));
}

function readTemplates(file: string): Template[] {
  const text = fs.readFileSync(file, "utf8");
  return [...text.matchAll(TEMPLATE)].map((match) => ({
    file,
    line: text.slice(0, match.index).split("\n").length,
    name: ASSIGNED_TO.exec(text.slice(0, match.index))?.[1] ?? null,
    source: match[1].replace(/^\s*#graphql\b/, ""),
  }));
}

/** The template's text with each `${NAME}` replaced by the template NAME, itself resolved. */
function resolveInterpolations(template: Template, byName: Map<string, Template[]>, seen: string[], interpolated: Set<string>): string {
  return template.source.replace(INTERPOLATION, (_, name: string) => {
    interpolated.add(name);
    const candidates = byName.get(name) ?? [];
    if (candidates.length !== 1)
      throw new Error(
        `${template.file}:${template.line}: \${${name}} should name one GraphQL template assigned to a const, found ${candidates.length}`,
      );
    const fragment = candidates[0]!;
    if (seen.includes(name)) throw new Error(`${template.file}:${template.line}: ${[...seen, name].join(" -> ")} interpolate each other`);
    return resolveInterpolations(fragment, byName, [...seen, name], interpolated);
  });
}

function definesOnlyFragments(source: string): boolean {
  try {
    return parse(source).definitions.every((definition) => definition.kind === Kind.FRAGMENT_DEFINITION);
  } catch {
    // Not a document: returned, so that validation reports the syntax error.
    return false;
  }
}

function listSourceFiles(directory: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === "node_modules" || entry.name === "generated") continue;
      files.push(...listSourceFiles(full));
    } else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
      files.push(full);
    }
  }
  return files.sort();
}
