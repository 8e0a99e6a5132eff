// The tier a rule gives: its name, and whether the rule is on.
import type { FormMetadata } from "@conform-to/react";
import { FormLayout } from "@shopify/polaris";
import type { RuleFormValues } from "../../domain/vip/rule-form";
import { CheckboxInput, TextInput } from "../form/fields";
import { TitledCard } from "../TitledCard";
import { useTranslation } from "react-i18next";

export function TierCard({ fields }: { fields: ReturnType<FormMetadata<RuleFormValues>["getFieldset"]> }) {
  const { t } = useTranslation("vip");
  return (
    <TitledCard title={t("tier.title")}>
      <FormLayout>
        <TextInput field={fields.tierName} label={t("tier.name")} helpText={t("tier.nameHelp")} />
        <CheckboxInput field={fields.enabled} label={t("tier.on")} helpText={t("tier.onHelp")} />
      </FormLayout>
    </TitledCard>
  );
}
