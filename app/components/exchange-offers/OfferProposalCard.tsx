// What the offer proposes: the exchange (another size, a product, a variant)
// and a bonus (a free gift, or a discount on an upsell).
import type { FormMetadata } from "@conform-to/react";
import { FormLayout } from "@shopify/polaris";
import type { OfferFormValues } from "../../domain/exchange/offers";
import type { OfferFormOptions } from "../../services/exchange-offers.server";
import { SelectInput, TextInput } from "../form/fields";
import { TitledCard } from "../TitledCard";
import { useTranslation } from "react-i18next";

const EXCHANGE_KINDS = ["same_product", "product", "variant"] as const;
const BONUS_KINDS = ["none", "free_gift", "upsell_discount"] as const;
const DISCOUNT_KINDS = ["percentage", "fixed_amount"] as const;

const withPlaceholder = (placeholder: string, choices: { label: string; value: string }[]) => [
  { label: placeholder, value: "" },
  ...choices,
];

export interface OfferProposalCardProps {
  fields: ReturnType<FormMetadata<OfferFormValues>["getFieldset"]>;
  options: OfferFormOptions;
}

export function OfferProposalCard({ fields, options }: OfferProposalCardProps) {
  const { t } = useTranslation("offers");
  const choices = (group: string, values: readonly string[]) => values.map((value) => ({ label: t(`proposal.${group}.${value}`), value }));
  const exchange = fields.exchange.getFieldset();
  const bonus = fields.bonus.getFieldset();
  const discount = bonus.discount.getFieldset();
  const bonusKind = bonus.kind.value;
  // The product or the variant to exchange to, for the kinds that name one.
  const targets = {
    product: {
      field: exchange.productId,
      label: t("proposal.product"),
      options: withPlaceholder(t("proposal.chooseProduct"), options.products),
    },
    variant: {
      field: exchange.variantId,
      label: t("proposal.variant"),
      options: withPlaceholder(t("proposal.chooseVariant"), options.variants),
    },
  };
  const target = exchange.kind.value === "product" || exchange.kind.value === "variant" ? targets[exchange.kind.value] : null;
  return (
    <TitledCard title={t("proposal.title")}>
      <FormLayout>
        <SelectInput
          field={exchange.kind}
          label={t("proposal.exchangeTo")}
          options={choices("exchangeKinds", EXCHANGE_KINDS)}
          error={fields.exchange.errors?.[0]}
        />
        {target ? <SelectInput key={target.field.name} {...target} /> : null}
        <SelectInput
          field={bonus.kind}
          label={t("proposal.bonus")}
          options={choices("bonusKinds", BONUS_KINDS)}
          error={fields.bonus.errors?.[0]}
        />
        {bonusKind === "free_gift" || bonusKind === "upsell_discount" ? (
          <SelectInput
            field={bonus.variantId}
            label={bonusKind === "free_gift" ? t("proposal.freeGift") : t("proposal.upsellProduct")}
            helpText={bonusKind === "free_gift" ? t("proposal.freeGiftHelp") : undefined}
            options={withPlaceholder(t("proposal.chooseVariant"), options.variants)}
          />
        ) : null}
        {bonusKind === "upsell_discount" ? (
          <FormLayout.Group>
            <SelectInput
              field={discount.kind}
              label={t("agents:code.discount")}
              options={choices("discountKinds", DISCOUNT_KINDS)}
              error={bonus.discount.errors?.[0]}
            />
            <TextInput
              field={discount.value}
              label={t("agents:ledger.value")}
              inputMode="decimal"
              {...(discount.kind.value === "fixed_amount" ? { prefix: options.shopCurrency } : { suffix: "%" })}
            />
          </FormLayout.Group>
        ) : null}
      </FormLayout>
    </TitledCard>
  );
}
