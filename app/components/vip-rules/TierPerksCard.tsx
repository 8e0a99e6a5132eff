// What the tier means: the tags written on the customer in Shopify (at least
// one), and how support treats them.
import type { FormMetadata } from "@conform-to/react";
import { Box, InlineStack } from "@shopify/polaris";
import type { RuleFormValues } from "../../domain/vip/rule-form";
import { CheckboxInput, TextInput } from "../form/fields";
import { ListRows } from "../form/ListRows";
import { TitledCard } from "../TitledCard";
import { useTranslation } from "react-i18next";

export function TierPerksCard({ form }: { form: FormMetadata<RuleFormValues> }) {
  const { t } = useTranslation("vip");
  const fields = form.getFieldset();
  return (
    <TitledCard title={t("perks.title")} help={t("perks.help")}>
      <ListRows
        form={form}
        field={fields.tagsToAdd}
        rows={fields.tagsToAdd.getFieldList()}
        newRow=""
        addText={t("perks.addTag")}
        removeText={t("conditions.remove")}
        removeLabel={t("perks.removeLabel")}
      >
        {(tag) => (
          <Box width="100%">
            <TextInput field={tag} label={t("perks.tag")} labelHidden />
          </Box>
        )}
      </ListRows>
      <CheckboxInput field={fields.skipBot} label={t("perks.skipBot")} helpText={t("perks.skipBotHelp")} />
      <CheckboxInput field={fields.skipQueue} label={t("perks.skipQueue")} helpText={t("perks.skipQueueHelp")} />
      <TextInput field={fields.priorityTag} label={t("perks.priorityTag")} helpText={t("perks.priorityTagHelp")} />
      <CheckboxInput field={fields.instantRefunds} label={t("perks.instantRefunds")} helpText={t("perks.instantRefundsHelp")} />
      <InlineStack gap="300" wrap={false}>
        <Box width="100%">
          <TextInput field={fields.instantRefundMaxPerRefund} label={t("perks.maxPerRefund")} helpText={t("perks.maxPerRefundHelp")} />
        </Box>
        <Box width="100%">
          <TextInput field={fields.instantRefundMaxPerMonth} label={t("perks.maxPerMonth")} helpText={t("perks.maxPerMonthHelp")} />
        </Box>
      </InlineStack>
    </TitledCard>
  );
}
