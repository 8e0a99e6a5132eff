// Finds every GraphQL document in the app's source: each gql`...` template
// and each template literal that starts with the #graphql marker. Documents
// are read from the source text, so a document in any file is checked, not
// only the ones someone remembered to register.
import fs from "node:fs";
import path from "node:path";

export interface FoundDocument {
  file: string;
  line: number;
  source: string;
}

const TEMPLATE = /(?:\bgql\s*`|`\s*#graphql\b)([^`]*)`/g;

export function findGraphqlDocuments(directory: string): FoundDocument[] {
  const found: FoundDocument[] = [];
  for (const file of listSourceFiles(directory)) {
    const text = fs.readFileSync(file, "utf8");
    for (const match of text.matchAll(TEMPLATE)) {
      const line = text.slice(0, match.index).split("\n").length;
      found.push({ file, line, source: match[1].replace(/^\s*#graphql\b/, "") });
    }
  }
  return found;
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
