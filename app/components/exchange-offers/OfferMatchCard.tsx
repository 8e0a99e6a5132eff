// Which returns the offer is for: products, collections or product tags,
// and optionally the reasons given for the return.
import type { FormMetadata } from "@conform-to/react";
import { Box, InlineGrid } from "@shopify/polaris";
import { RETURN_REASON_LABELS, RETURN_REASONS, type OfferFormValues } from "../../domain/exchange/offers";
import type { OfferFormOptions } from "../../services/exchange-offers.server";
import { ChoicesInput, FieldError, TextInput } from "../form/fields";
import { TitledCard } from "../TitledCard";
import { useTranslation } from "react-i18next";
import { useAdminLocale } from "../../i18n/format";

export interface OfferMatchCardProps {
  fields: ReturnType<FormMetadata<OfferFormValues>["getFieldset"]>;
  options: OfferFormOptions;
}

export function OfferMatchCard({ fields, options }: OfferMatchCardProps) {
  const { t } = useTranslation("offers");
  const locale = useAdminLocale();
  const reasonChoices = RETURN_REASONS.filter((reason) => reason !== "UNKNOWN").map((reason) => ({
    label: RETURN_REASON_LABELS[reason][locale],
    value: reason,
  }));
  const match = fields.match.getFieldset();
  return (
    <TitledCard title={t("match.title")}>
      <FieldError field={fields.match} />
      <InlineGrid columns={{ xs: 1, md: 2 }} gap="400">
        <Box maxWidth="100%" overflowY="scroll" minHeight="120px">
          <ChoicesInput field={match.productIds} title={t("match.products")} choices={options.products} />
        </Box>
        <ChoicesInput field={match.collectionIds} title={t("match.collections")} choices={options.collections} />
      </InlineGrid>
      <TextInput field={match.tags} label={t("match.tags")} helpText={t("match.tagsHelp")} />
      <ChoicesInput field={fields.reasons} title={t("match.reasons")} choices={reasonChoices} />
    </TitledCard>
  );
}
