// What the offer proposes: the exchange (another size, a product, a variant)
// and a bonus (a free gift, or a discount on an upsell).
import type { FormMetadata } from "@conform-to/react";
import { FormLayout } from "@shopify/polaris";
import type { OfferFormValues } from "../../domain/exchange/offers";
import type { OfferFormOptions } from "../../services/exchange-offers.server";
import { SelectInput, TextInput } from "../form/fields";
import { TitledCard } from "../TitledCard";

const EXCHANGE_KINDS = [
  { label: "Another size of the same product", value: "same_product" },
  { label: "A product (the shopper's size and color are kept where they exist)", value: "product" },
  { label: "One variant", value: "variant" },
];

const BONUS_KINDS = [
  { label: "No bonus", value: "none" },
  { label: "A free gift", value: "free_gift" },
  { label: "A discount on an upsell", value: "upsell_discount" },
];

const DISCOUNT_KINDS = [
  { label: "Percentage off", value: "percentage" },
  { label: "Amount off", value: "fixed_amount" },
];

const withPlaceholder = (placeholder: string, choices: { label: string; value: string }[]) => [
  { label: placeholder, value: "" },
  ...choices,
];

export interface OfferProposalCardProps {
  fields: ReturnType<FormMetadata<OfferFormValues>["getFieldset"]>;
  options: OfferFormOptions;
}

export function OfferProposalCard({ fields, options }: OfferProposalCardProps) {
  const exchange = fields.exchange.getFieldset();
  const bonus = fields.bonus.getFieldset();
  const discount = bonus.discount.getFieldset();
  const bonusKind = bonus.kind.value;
  return (
    <TitledCard title="…offer an exchange">
      <FormLayout>
        <SelectInput field={exchange.kind} label="Exchange to" options={EXCHANGE_KINDS} error={fields.exchange.errors?.[0]} />
        {exchange.kind.value === "product" ? (
          <SelectInput field={exchange.productId} label="Product" options={withPlaceholder("Choose a product", options.products)} />
        ) : null}
        {exchange.kind.value === "variant" ? (
          <SelectInput field={exchange.variantId} label="Variant" options={withPlaceholder("Choose a variant", options.variants)} />
        ) : null}
        <SelectInput field={bonus.kind} label="Bonus" options={BONUS_KINDS} error={fields.bonus.errors?.[0]} />
        {bonusKind === "free_gift" || bonusKind === "upsell_discount" ? (
          <SelectInput
            field={bonus.variantId}
            label={bonusKind === "free_gift" ? "Free gift" : "Upsell product"}
            helpText={
              bonusKind === "free_gift"
                ? "Added to the exchange at no cost; it costs you its unit cost in Shopify (its price when none is set)."
                : undefined
            }
            options={withPlaceholder("Choose a variant", options.variants)}
          />
        ) : null}
        {bonusKind === "upsell_discount" ? (
          <FormLayout.Group>
            <SelectInput field={discount.kind} label="Discount" options={DISCOUNT_KINDS} error={bonus.discount.errors?.[0]} />
            <TextInput
              field={discount.value}
              label="Value"
              inputMode="decimal"
              {...(discount.kind.value === "fixed_amount" ? { prefix: options.shopCurrency } : { suffix: "%" })}
            />
          </FormLayout.Group>
        ) : null}
      </FormLayout>
    </TitledCard>
  );
}
