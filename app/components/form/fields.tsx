// Polaris fields bound to a Conform field: each takes its name, value,
// constraint (required) and first error from the field's metadata, so a form
// component only says which field and how it looks.
import { useInputControl } from "@conform-to/react";
import { Banner, BlockStack, Checkbox, ChoiceList, InlineError, Select, Text, TextField, type SelectProps } from "@shopify/polaris";
import { useState, type ReactNode } from "react";

/** What these components read of a Conform field (FieldMetadata of any form has it). */
interface Field {
  id: string;
  name: string;
  formId: string;
  key?: string;
  initialValue?: unknown;
  errors?: string[];
  /** Errors of the field and of what is inside it (a list's items), by name. */
  allErrors?: Record<string, string[]>;
  required?: boolean;
  maxLength?: number;
}

/** The field as useInputControl takes it: its value is text, or a list of text. */
const controlOf = (field: Field) => field as Field & { initialValue?: string | string[] };

const text = (value: unknown) => (typeof value === "string" ? value : "");

interface TextInputProps {
  field: Field;
  label: string;
  labelHidden?: boolean;
  helpText?: ReactNode;
  placeholder?: string;
  prefix?: ReactNode;
  suffix?: ReactNode;
  type?: "text" | "email" | "tel" | "month" | "date" | "url" | "password";
  inputMode?: "decimal" | "numeric" | "email" | "tel" | "text";
  multiline?: number;
  readOnly?: boolean;
  disabled?: boolean;
}

/** A field whose value is one text (a TextField, a Select): its control, and what Polaris reads of it. */
function useTextControl(field: Field) {
  const control = useInputControl(controlOf(field));
  const bound = { id: field.id, name: field.name, value: text(control.value), error: field.errors?.[0], requiredIndicator: field.required };
  return { control, bound };
}

/** A Polaris TextField for one field of a Conform form. */
export function TextInput({ field, ...props }: TextInputProps) {
  const { control, bound } = useTextControl(field);
  return <TextField {...props} {...bound} onChange={control.change} maxLength={field.maxLength} autoComplete="off" />;
}

/** A percentage: a decimal keypad, and "%" after the number. */
export function PercentInput(props: Omit<TextInputProps, "suffix" | "inputMode">) {
  return <TextInput {...props} suffix="%" inputMode="decimal" />;
}

/** An amount of money: a decimal keypad, and the currency's code before the number. */
export function MoneyInput({ currencyCode, ...props }: Omit<TextInputProps, "prefix" | "inputMode"> & { currencyCode: string }) {
  return <TextInput {...props} prefix={currencyCode} inputMode="decimal" />;
}

interface SelectInputProps {
  field: Field;
  label: string;
  labelHidden?: boolean;
  helpText?: ReactNode;
  options: SelectProps["options"];
  /** Errors of the choice as a whole (a discriminated union's) shown here too. */
  error?: string;
  onChange?: (value: string) => void;
}

/** A Polaris Select for one field of a Conform form. */
export function SelectInput({ field, error, onChange, ...props }: SelectInputProps) {
  const { control, bound } = useTextControl(field);
  return (
    <Select
      {...props}
      {...bound}
      onChange={(value) => {
        control.change(value);
        onChange?.(value);
      }}
      error={bound.error ?? error}
    />
  );
}

/** A Polaris ChoiceList of one choice (radio buttons) for one field of a Conform form. */
export function RadioInput({ field, title, choices }: { field: Field; title: string; choices: { label: string; value: string }[] }) {
  const control = useInputControl(controlOf(field));
  return (
    <ChoiceList
      title={title}
      name={field.name}
      choices={choices}
      selected={[text(control.value)]}
      onChange={([selected]) => control.change(selected ?? "")}
      error={field.errors?.[0]}
    />
  );
}

/** A Polaris Checkbox for a checkboxField(): checked sends "on", unchecked sends nothing. */
export function CheckboxInput({ field, label, helpText }: { field: Field; label: string; helpText?: ReactNode }) {
  const control = useInputControl(controlOf(field));
  return (
    <Checkbox
      id={field.id}
      name={field.name}
      value="on"
      label={label}
      helpText={helpText}
      checked={control.value === "on"}
      onChange={(checked) => control.change(checked ? "on" : "")}
      error={field.errors?.[0]}
    />
  );
}

interface ChoicesInputProps {
  field: Field;
  title: string;
  helpText?: string;
  choices: { label: string; value: string }[];
  error?: string;
}

/**
 * Several choices for a list field: a group of Polaris checkboxes, each
 * sending the field's name once when checked (Conform reads the repeated name
 * as a list; a name ending in "[]", as ChoiceList's, is not a Conform path).
 * It starts again from the field's value when the form is reset (the field's
 * key changes).
 */
export function ChoicesInput(props: ChoicesInputProps) {
  return <Choices key={props.field.key} {...props} />;
}

function Choices({ field, title, helpText, choices, error }: ChoicesInputProps) {
  const initial = field.initialValue;
  // An error about the list, or about one of its choices ("reasons[0]").
  const message = field.errors?.[0] ?? Object.values(field.allErrors ?? {})[0]?.[0] ?? error;
  const [selected, setSelected] = useState(() =>
    Array.isArray(initial) ? initial.filter((value): value is string => typeof value === "string") : text(initial) ? [text(initial)] : [],
  );
  const toggle = (value: string, checked: boolean) =>
    setSelected((current) => (checked ? [...current, value] : current.filter((item) => item !== value)));
  return (
    <fieldset
      id={field.id}
      aria-invalid={message ? true : undefined}
      aria-describedby={message ? `${field.id}Error` : undefined}
      style={{ border: 0, margin: 0, padding: 0, minInlineSize: 0 }}
    >
      <BlockStack gap="100">
        <legend>
          <Text as="span">{title}</Text>
        </legend>
        {helpText ? (
          <Text as="p" tone="subdued">
            {helpText}
          </Text>
        ) : null}
        {choices.map((choice) => (
          <Checkbox
            key={choice.value}
            id={`${field.id}-${choice.value}`}
            name={field.name}
            value={choice.value}
            label={choice.label}
            checked={selected.includes(choice.value)}
            onChange={(checked) => toggle(choice.value, checked)}
          />
        ))}
        {message ? <InlineError message={message} fieldID={field.id} /> : null}
      </BlockStack>
    </fieldset>
  );
}

/** An error about a field made of several inputs (a list, a group), under them. */
export function FieldError({ field }: { field: Field }) {
  const message = field.errors?.[0];
  return message ? <InlineError message={message} fieldID={field.id} /> : null;
}

/** Errors about the form as a whole (the service's, such as "Another agent was just saved…"). */
export function FormErrors({ errors }: { errors: string[] | undefined }) {
  return errors?.length ? <Banner tone="critical">{errors[0]}</Banner> : null;
}
