// The agent's answer forms on an order's exchange page (a proposal's, and an
// offer already made or requested): Conform forms checked in the browser
// with agentAnswerSchema, the schema the action parses them with
// (app/http/exchange-answer.server.ts), each with a form id of its own and
// shown only its own answer. Polaris buttons carry no name or value, so each
// button's id names its intent and the form is sent with the intent of the
// button pressed (as the VIP rule form's Preview is).
import { getFormProps, type FormMetadata } from "@conform-to/react";
import { Form, useNavigation, useSubmit } from "@remix-run/react";
import { BlockStack, Button, ButtonGroup } from "@shopify/polaris";
import type { FormEvent, ReactNode } from "react";
import { agentAnswerSchema, type OutcomeAnswerValues, type ProposalAnswerValues } from "../../domain/exchange/answers";
import type { FormResult } from "../form/parse";
import { INTENT_FIELD, useSchemaForm } from "../form/schema-form";
import { useSending } from "../form/useSending";

type AnswerValues = ProposalAnswerValues | OutcomeAnswerValues;
type AnswerIntent = AnswerValues["intent"];

/** What the page's action answered (app/http/exchange-answer.server.ts): Conform's reply, whichever form sent it. */
export interface ExchangeAnswerReply {
  ok: boolean;
  result: FormResult;
}

/** The fields of a proposal's answer shown next to them; any other refusal goes over the page. */
const PROPOSAL_FIELDS = ["reason", "exchangeVariantId"];

const buttonId = (formId: string, intent: AnswerIntent) => `${formId}-${intent}`;

/** The reply to the form that sent `sent` (its hidden fields), if the last answer was to it. */
export function answerTo(reply: ExchangeAnswerReply | undefined, sent: Record<string, string>): FormResult | undefined {
  const values = reply?.result.initialValue;
  return values && Object.entries(sent).every(([name, value]) => values[name] === value) ? reply.result : undefined;
}

/** The refusal said over the page: every message of the last answer but those shown next to a proposal's field. */
export function refusalOverPage(reply: ExchangeAnswerReply | undefined): string {
  if (!reply || reply.ok) return "";
  const nextToField = reply.result.initialValue?.lineItemId === undefined ? [] : PROPOSAL_FIELDS;
  return Object.entries(reply.result.error ?? {})
    .filter(([name]) => !nextToField.includes(name))
    .flatMap(([, messages]) => messages ?? [])
    .join(" ");
}

/** An answer form: checked with agentAnswerSchema on submit, then sent with the intent of the button pressed. */
export function useAnswerForm<Values extends AnswerValues>(id: string, defaultValue: Values, lastResult: FormResult | undefined) {
  const submit = useSubmit();
  const onSubmit = (event: FormEvent<HTMLFormElement>, { formData }: { formData: FormData }) => {
    event.preventDefault();
    const pressed = (event.nativeEvent as SubmitEvent).submitter?.id ?? "";
    // Without a button (Enter in a field), the form's first intent, in its hidden field.
    if (pressed.startsWith(`${id}-`)) formData.set(INTENT_FIELD, pressed.slice(id.length + 1));
    submit(formData, { method: "post" });
  };
  return useSchemaForm<Values>({ id, schema: agentAnswerSchema, defaultValue, lastResult, onSubmit });
}

export interface AnswerButtonSpec {
  intent: AnswerIntent;
  label: string;
  /** What a screen reader says where the visible label alone would not tell rows apart. */
  accessibilityLabel?: string;
  variant?: "primary" | "plain";
}

export interface AnswerFormProps<Values extends AnswerValues> {
  form: FormMetadata<Values>;
  /** The hidden fields that say what is answered (the item and offer, or the outcome): they tell this form's answer apart. */
  sent: Record<string, string>;
  /** The first one's intent is sent when no button was pressed. */
  buttons: [AnswerButtonSpec, ...AnswerButtonSpec[]];
  /** The buttons greyed out: the staff member is no active agent, or the order is cancelled (the page says why). */
  disabled: boolean;
  size?: "slim";
  children?: ReactNode;
}

export function AnswerForm<Values extends AnswerValues>({ form, sent, buttons, disabled, size, children }: AnswerFormProps<Values>) {
  const busy = useNavigation().state !== "idle";
  return (
    <Form method="post" {...getFormProps(form)}>
      <input type="hidden" name={INTENT_FIELD} value={buttons[0].intent} />
      {Object.entries(sent).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <BlockStack gap="300">
        {children}
        <ButtonGroup>
          {buttons.map((button) => (
            <AnswerButton key={button.intent} formId={form.id} sent={sent} size={size} disabled={disabled || busy} {...button} />
          ))}
        </ButtonGroup>
      </BlockStack>
    </Form>
  );
}

function AnswerButton({
  formId,
  sent,
  intent,
  label,
  accessibilityLabel,
  variant,
  size,
  disabled,
}: AnswerButtonSpec & { formId: string; sent: Record<string, string>; size?: "slim"; disabled: boolean }) {
  // Spins while this form is sent with this button's intent, not another form's or button's.
  const sending = useSending({ ...sent, [INTENT_FIELD]: intent });
  return (
    <Button
      submit
      id={buttonId(formId, intent)}
      variant={variant}
      size={size}
      disabled={disabled}
      loading={sending}
      accessibilityLabel={accessibilityLabel}
    >
      {label}
    </Button>
  );
}
