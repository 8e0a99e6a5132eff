// The agent's personal code in Shopify: its text (fixed once created), what
// it takes off, and its rules.
import type { FieldMetadata } from "@conform-to/react";
import { FormLayout } from "@shopify/polaris";
import type { AgentFormValues } from "../../domain/agents/agent";
import { CheckboxInput, MoneyInput, SelectInput, TextInput } from "../form/fields";
import { TitledCard } from "../TitledCard";
import { useTranslation } from "react-i18next";

export interface PersonalCodeCardProps {
  field: FieldMetadata<AgentFormValues["personalCode"]>;
  shopCurrency: string;
  mode: "new" | "edit";
}

export function PersonalCodeCard({ field, shopCurrency, mode }: PersonalCodeCardProps) {
  const { t } = useTranslation("agents");
  const discountKinds = [
    { label: t("code.percentage"), value: "percentage" },
    { label: t("code.fixedAmount"), value: "fixed_amount" },
  ];
  const code = field.getFieldset();
  const discount = code.discount.getFieldset();
  const percentage = discount.kind.value === "percentage";
  return (
    <TitledCard title={t("roster.personalCode")} help={t("code.help")}>
      <FormLayout>
        <FormLayout.Group>
          <TextInput
            field={code.code}
            label={t("ledger.code")}
            readOnly={mode === "edit"}
            helpText={mode === "edit" ? t("code.noRename") : t("code.characters")}
          />
          <SelectInput
            field={discount.kind}
            label={t("code.discount")}
            options={discountKinds}
            error={code.discount.errors?.[0] ?? field.errors?.[0]}
          />
          <TextInput
            field={discount.value}
            label={t("ledger.value")}
            inputMode="decimal"
            {...(percentage ? { suffix: "%" } : { prefix: shopCurrency })}
          />
        </FormLayout.Group>
        <FormLayout.Group>
          <MoneyInput field={code.minimumSubtotal} label={t("code.minimum")} currencyCode={shopCurrency} helpText={t("code.noMinimum")} />
          <TextInput field={code.usageLimit} label={t("code.totalUses")} inputMode="numeric" helpText={t("code.noLimit")} />
        </FormLayout.Group>
        <CheckboxInput field={code.appliesOncePerCustomer} label={t("code.oncePerCustomer")} />
      </FormLayout>
    </TitledCard>
  );
}
