// What the tier means: the tags written on the customer in Shopify (at least
// one), and how support treats them.
import type { FormMetadata } from "@conform-to/react";
import { Box, Button, InlineStack } from "@shopify/polaris";
import type { RuleFormValues } from "../../domain/vip/rule-form";
import { CheckboxInput, FieldError, TextInput } from "../form/fields";
import { TitledCard } from "../TitledCard";
import { useTranslation } from "react-i18next";

export function TierPerksCard({ form }: { form: FormMetadata<RuleFormValues> }) {
  const { t } = useTranslation("vip");
  const fields = form.getFieldset();
  const tags = fields.tagsToAdd.getFieldList();
  return (
    <TitledCard title={t("perks.title")} help={t("perks.help")}>
      {tags.map((tag, index) => (
        <InlineStack key={tag.key} gap="200" blockAlign="start" wrap={false}>
          <Box width="100%">
            <TextInput field={tag} label={t("perks.tag")} labelHidden />
          </Box>
          <Button
            accessibilityLabel={t("perks.removeLabel")}
            onClick={() => form.remove({ name: fields.tagsToAdd.name, index })}
            disabled={tags.length === 1}
          >
            {t("conditions.remove")}
          </Button>
        </InlineStack>
      ))}
      <FieldError field={fields.tagsToAdd} />
      <InlineStack>
        <Button onClick={() => form.insert({ name: fields.tagsToAdd.name, defaultValue: "" })}>{t("perks.addTag")}</Button>
      </InlineStack>
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
