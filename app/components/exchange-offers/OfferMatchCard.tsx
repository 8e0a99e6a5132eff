// Which returns the offer is for: products, collections or product tags,
// and optionally the reasons given for the return.
import type { FormMetadata } from "@conform-to/react";
import { Box, InlineGrid } from "@shopify/polaris";
import { RETURN_REASON_LABELS, RETURN_REASONS, type OfferFormValues } from "../../domain/exchange/offers";
import type { OfferFormOptions } from "../../services/exchange-offers.server";
import { ChoicesInput, FieldError, TextInput } from "../form/fields";
import { TitledCard } from "../TitledCard";

const REASON_CHOICES = RETURN_REASONS.filter((reason) => reason !== "UNKNOWN").map((reason) => ({
  label: RETURN_REASON_LABELS[reason].en,
  value: reason,
}));

export interface OfferMatchCardProps {
  fields: ReturnType<FormMetadata<OfferFormValues>["getFieldset"]>;
  options: OfferFormOptions;
}

export function OfferMatchCard({ fields, options }: OfferMatchCardProps) {
  const match = fields.match.getFieldset();
  return (
    <TitledCard title="When a shopper returns…">
      <FieldError field={fields.match} />
      <InlineGrid columns={{ xs: 1, md: 2 }} gap="400">
        <Box maxWidth="100%" overflowY="scroll" minHeight="120px">
          <ChoicesInput field={match.productIds} title="Products" choices={options.products} />
        </Box>
        <ChoicesInput field={match.collectionIds} title="Collections" choices={options.collections} />
      </InlineGrid>
      <TextInput field={match.tags} label="Product tags" helpText="Comma-separated; any of them matches." />
      <ChoicesInput field={fields.reasons} title="For these return reasons (none chosen: any reason)" choices={REASON_CHOICES} />
    </TitledCard>
  );
}
