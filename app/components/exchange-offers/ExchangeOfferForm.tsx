// The exchange offer form, for a new offer and an existing one: what it is
// for, what it offers, what agents and shoppers read, and when it runs.
// Checked with offerFormSchema in the browser and parsed with it by the action.
import { Card, FormLayout } from "@shopify/polaris";
import { useMemo } from "react";
import { offerFormSchema, type OfferFormValues } from "../../domain/exchange/offers";
import type { OfferFormOptions } from "../../services/exchange-offers.server";
import { CheckboxInput, TextInput } from "../form/fields";
import type { FormResult } from "../form/parse";
import { RecordForm } from "../form/RecordForm";
import { useSchemaForm } from "../form/schema-form";
import { OfferMatchCard } from "./OfferMatchCard";
import { OfferProposalCard } from "./OfferProposalCard";
import { OfferTextsCard } from "./OfferTextsCard";
import { useTranslation } from "react-i18next";

export interface ExchangeOfferFormProps {
  mode: "new" | "edit";
  values: OfferFormValues;
  options: OfferFormOptions;
  lastResult: FormResult | undefined;
  submitting: boolean;
}

export function ExchangeOfferForm({ mode, values, options, lastResult, submitting }: ExchangeOfferFormProps) {
  const { t } = useTranslation("offers");
  const schema = useMemo(() => offerFormSchema(options.shopCurrency), [options.shopCurrency]);
  const [form, fields] = useSchemaForm({ id: "exchange-offer", schema, defaultValue: values, lastResult });
  return (
    <RecordForm form={form} mode={mode} saving={submitting} saveLabel={mode === "new" ? t("add") : t("agents:save")}>
      <Card>
        <FormLayout>
          <TextInput field={fields.name} label={t("form.name")} helpText={t("form.nameHelp")} />
          <CheckboxInput field={fields.enabled} label={t("on")} />
        </FormLayout>
      </Card>
      <OfferMatchCard fields={fields} options={options} />
      <OfferProposalCard fields={fields} options={options} />
      <OfferTextsCard field={fields.texts} />
      <Card>
        <FormLayout>
          <FormLayout.Group>
            <TextInput field={fields.startsOn} label={t("form.startsOn")} type="date" helpText={t("form.startsOnHelp")} />
            <TextInput field={fields.endsOn} label={t("form.endsOn")} type="date" helpText={t("form.endsOnHelp")} />
            <TextInput
              field={fields.returnWindowDays}
              label={t("form.returnWindow")}
              suffix={t("form.daysAfterDelivery")}
              inputMode="numeric"
            />
          </FormLayout.Group>
        </FormLayout>
      </Card>
    </RecordForm>
  );
}
