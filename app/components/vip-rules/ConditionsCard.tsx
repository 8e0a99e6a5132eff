// Who holds the tier: all or any of a list of conditions, each a kind and a
// value; rows are added and removed in the browser, at least one stays.
import type { FormMetadata } from "@conform-to/react";
import { Box, Text } from "@shopify/polaris";
import type { RuleFormValues } from "../../domain/vip/rule-form";
import { CONDITION_KINDS, type ConditionKind } from "../../domain/vip/rules";
import { RadioInput, SelectInput, TextInput } from "../form/fields";
import { ListRows } from "../form/ListRows";
import { TitledCard } from "../TitledCard";
import { useTranslation } from "react-i18next";

const NUMERIC: ReadonlySet<unknown> = new Set<ConditionKind>(["amount_spent_at_least", "orders_count_at_least", "last_order_within_days"]);
const NEW_CONDITION = { kind: "amount_spent_at_least", value: "" } as const;

/** The value's look for a kind: the shop currency after an amount, an example of what to type. */
function valueHints(kind: unknown, shopCurrency: string) {
  if (kind === "amount_spent_at_least") return { suffix: shopCurrency, placeholder: "10000.00", inputMode: "decimal" as const };
  return NUMERIC.has(kind) ? { placeholder: "5", inputMode: "decimal" as const } : { placeholder: "VIP", inputMode: "text" as const };
}

export function ConditionsCard({ form, shopCurrency }: { form: FormMetadata<RuleFormValues>; shopCurrency: string }) {
  const { t } = useTranslation("vip");
  const conditionChoices = CONDITION_KINDS.map((kind: ConditionKind) => ({ label: t(`conditions.kinds.${kind}`), value: kind }));
  const matchChoices = [
    { label: t("conditions.all"), value: "all" },
    { label: t("conditions.any"), value: "any" },
  ];
  const fields = form.getFieldset();
  return (
    <TitledCard title={t("conditions.title")}>
      <RadioInput field={fields.match} title={t("conditions.mustMeet")} choices={matchChoices} />
      <ListRows
        form={form}
        field={fields.conditions}
        rows={fields.conditions.getFieldList()}
        newRow={NEW_CONDITION}
        addText={t("conditions.add")}
        removeText={t("conditions.remove")}
        removeLabel={t("conditions.removeLabel")}
      >
        {(row) => {
          const condition = row.getFieldset();
          return (
            <>
              <Box minWidth="16rem">
                <SelectInput
                  field={condition.kind}
                  label={t("conditions.condition")}
                  labelHidden
                  options={conditionChoices}
                  error={row.errors?.[0]}
                />
              </Box>
              <Box width="100%">
                <TextInput
                  field={condition.value}
                  label={t("conditions.value")}
                  labelHidden
                  {...valueHints(condition.kind.value, shopCurrency)}
                />
              </Box>
            </>
          );
        }}
      </ListRows>
      <Text as="p" tone="subdued">
        {t("conditions.note", { currency: shopCurrency })}
      </Text>
    </TitledCard>
  );
}
