// A list field edited in the browser (a rule's conditions, a tier's tags):
// each row's inputs with a button that takes the row out (not the last one),
// the list's error, and a button that adds a row.
import type { DefaultValue, FieldName, FormMetadata } from "@conform-to/react";
import { Button, InlineStack } from "@shopify/polaris";
import type { ReactNode } from "react";
import { FieldError } from "./fields";

export interface ListRowsProps<Item, Row extends { key?: string }> {
  /** The form's own list intents (Conform's form.insert and form.remove). */
  form: Pick<FormMetadata<Record<string, unknown>>, "insert" | "remove">;
  /** The list field: its name for Conform, its id and errors for FieldError. */
  field: { id: string; name: FieldName<Item[]>; formId: string; errors?: string[] };
  rows: Row[];
  /** A new row's value. */
  newRow: DefaultValue<Item>;
  addText: string;
  removeText: string;
  /** The remove button's accessible name. */
  removeLabel: string;
  children: (row: Row, index: number) => ReactNode;
}

export function ListRows<Item, Row extends { key?: string }>({
  form,
  field,
  rows,
  newRow,
  addText,
  removeText,
  removeLabel,
  children,
}: ListRowsProps<Item, Row>) {
  return (
    <>
      {rows.map((row, index) => (
        <InlineStack key={row.key} gap="200" blockAlign="start" wrap={false}>
          {children(row, index)}
          <Button accessibilityLabel={removeLabel} onClick={() => form.remove({ name: field.name, index })} disabled={rows.length === 1}>
            {removeText}
          </Button>
        </InlineStack>
      ))}
      <FieldError field={field} />
      <InlineStack>
        <Button onClick={() => form.insert({ name: field.name, defaultValue: newRow })}>{addText}</Button>
      </InlineStack>
    </>
  );
}
