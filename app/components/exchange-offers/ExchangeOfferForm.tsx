// The exchange offer form, for a new offer and an existing one: what it is
// for, what it offers, what agents and shoppers read, and when it runs.
// Checked with offerFormSchema in the browser and parsed with it by the action.
import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { BlockStack, Button, Card, FormLayout, InlineStack } from "@shopify/polaris";
import { useMemo } from "react";
import { offerFormSchema, type OfferFormValues } from "../../domain/exchange/offers";
import type { OfferFormOptions } from "../../services/exchange-offers.server";
import { CheckboxInput, FormErrors, TextInput } from "../form/fields";
import type { FormResult } from "../form/parse";
import { useSchemaForm } from "../form/schema-form";
import { OfferMatchCard } from "./OfferMatchCard";
import { OfferProposalCard } from "./OfferProposalCard";
import { OfferTextsCard } from "./OfferTextsCard";

export interface ExchangeOfferFormProps {
  mode: "new" | "edit";
  values: OfferFormValues;
  options: OfferFormOptions;
  lastResult: FormResult | undefined;
  submitting: boolean;
}

export function ExchangeOfferForm({ mode, values, options, lastResult, submitting }: ExchangeOfferFormProps) {
  const schema = useMemo(() => offerFormSchema(options.shopCurrency), [options.shopCurrency]);
  const [form, fields] = useSchemaForm({ id: "exchange-offer", schema, defaultValue: values, lastResult });
  return (
    <Form method="post" {...getFormProps(form)}>
      <BlockStack gap="400">
        <FormErrors errors={form.errors} />
        <Card>
          <FormLayout>
            <TextInput field={fields.name} label="Name" helpText="For you and the agents; shoppers never see it." />
            <CheckboxInput field={fields.enabled} label="On" />
          </FormLayout>
        </Card>
        <OfferMatchCard fields={fields} options={options} />
        <OfferProposalCard fields={fields} options={options} />
        <OfferTextsCard field={fields.texts} />
        <Card>
          <FormLayout>
            <FormLayout.Group>
              <TextInput field={fields.startsOn} label="Starts on" type="date" helpText="Blank: now." />
              <TextInput field={fields.endsOn} label="Ends on" type="date" helpText="Blank: no end." />
              <TextInput field={fields.returnWindowDays} label="Return window" suffix="days after delivery" inputMode="numeric" />
            </FormLayout.Group>
          </FormLayout>
        </Card>
        <InlineStack align="end">
          <Button submit variant="primary" loading={submitting}>
            {mode === "new" ? "Add offer" : "Save"}
          </Button>
        </InlineStack>
      </BlockStack>
    </Form>
  );
}
