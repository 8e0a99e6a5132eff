// Whether a form has unsaved changes (the save bar's cue): each field the form
// shows now, by its name ("texts.en.headline", "conditions[0].value"),
// compared as text with the value it was loaded with. Only the fields on
// screen count: a value the page loaded for a part of the form that is not
// shown (a discount while the bonus is "none") is no change; and a list of one
// is the same as its one value, a blank the same as nothing, as a browser
// sends them.

/** A value at a field's name inside a nested object of form values ("a.b[0].c"); undefined when absent. */
export function valueAtField(values: unknown, name: string): unknown {
  let value = values;
  for (const [, key, index] of name.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[key ?? index!];
  }
  return value;
}

/** What a value sends as a form field: its texts, blanks left out ("on" for a checked box, nothing for an unchecked one). */
export function fieldTexts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(fieldTexts);
  if (typeof value === "string") return value === "" ? [] : [value];
  if (typeof value === "number" || typeof value === "bigint") return [String(value)];
  if (value === true) return ["on"];
  return [];
}

const sameTexts = (a: string[], b: string[]) => a.length === b.length && a.every((text, index) => text === b[index]);

/** The names among `fieldNames` whose value in `current` differs from the one in `loaded`. */
export function changedFields(fieldNames: Iterable<string>, current: unknown, loaded: unknown): string[] {
  return [...new Set(fieldNames)].filter(
    (name) => !sameTexts(fieldTexts(valueAtField(current, name)), fieldTexts(valueAtField(loaded, name))),
  );
}
