// The exchange offer form, for a new offer and an existing one. Field names
// are those parseOfferForm reads; the same parser checks the form in the
// browser before it is sent and in the action after, and each error shows
// next to its field.
import { Form } from "@remix-run/react";
import { BlockStack, Box, Button, Card, Checkbox, ChoiceList, FormLayout, InlineGrid, InlineStack, Select, Tabs, Text, TextField } from "@shopify/polaris";
import { useState, type FormEvent } from "react";
import { OFFER_LANGUAGES, parseOfferForm, RETURN_REASON_LABELS, RETURN_REASONS, TEXT_PLACEHOLDERS } from "../domain/exchange/offers";

export interface ExchangeOfferFormProps {
  mode: "new" | "edit";
  initialValues: Record<string, string | string[]>;
  options: {
    shopCurrency: string;
    products: { value: string; label: string }[];
    variants: { value: string; label: string; productId: string }[];
    collections: { value: string; label: string }[];
  };
  fieldErrors: Record<string, string>;
  submitting: boolean;
}

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

const LANGUAGE_NAMES = { en: "English", ar: "العربية (Arabic)", fr: "Français (French)" } as const;

const asList = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value ? [value] : []);
const asText = (value: string | string[] | undefined) => (Array.isArray(value) ? (value[0] ?? "") : (value ?? ""));

export function ExchangeOfferForm({ mode, initialValues, options, fieldErrors, submitting }: ExchangeOfferFormProps) {
  const [values, setValues] = useState(initialValues);
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const [language, setLanguage] = useState(0);
  const errors = clientErrors ?? fieldErrors;
  const set = (name: string, value: string | string[]) => setValues({ ...values, [name]: value });
  const text = (name: string) => ({
    name,
    value: asText(values[name]),
    onChange: (value: string) => set(name, value),
    error: errors[name],
    autoComplete: "off",
  });
  const select = (name: string, choices: { label: string; value: string }[], placeholder?: string) => ({
    name,
    options: placeholder ? [{ label: placeholder, value: "" }, ...choices] : choices,
    value: asText(values[name]),
    onChange: (value: string) => set(name, value),
    error: errors[name],
  });
  const check = (event: FormEvent<HTMLFormElement>) => {
    const parsed = parseOfferForm(new FormData(event.currentTarget), { shopCurrency: options.shopCurrency });
    setClientErrors(parsed.ok ? null : parsed.fieldErrors);
    if (!parsed.ok) event.preventDefault();
  };
  const exchangeKind = asText(values["exchange.kind"]);
  const bonusKind = asText(values["bonus.kind"]);
  const percentage = asText(values["bonus.discount.kind"]) !== "fixed_amount";
  const current = OFFER_LANGUAGES[language];

  return (
    <Form method="post" onSubmit={check}>
      <BlockStack gap="400">
        {errors.form ? (
          <Text as="p" tone="critical">
            {errors.form}
          </Text>
        ) : null}
        <Card>
          <FormLayout>
            <TextField label="Name" helpText="For you and the agents; shoppers never see it." {...text("name")} />
            <input type="hidden" name="enabled" value="false" />
            <Checkbox label="On" checked={asText(values.enabled) === "true"} onChange={(checked) => set("enabled", String(checked))} />
            {asText(values.enabled) === "true" ? <input type="hidden" name="enabled" value="true" /> : null}
          </FormLayout>
        </Card>

        <Card>
          <BlockStack gap="300">
            <Text as="h2" variant="headingMd">
              When a shopper returns…
            </Text>
            {errors.match ? (
              <Text as="p" tone="critical">
                {errors.match}
              </Text>
            ) : null}
            <InlineGrid columns={{ xs: 1, md: 2 }} gap="400">
              <Box maxWidth="100%" overflowY="scroll" minHeight="120px">
                <ChoiceList
                  title="Products"
                  allowMultiple
                  name="match.productIds"
                  choices={options.products}
                  selected={asList(values["match.productIds"])}
                  onChange={(selected) => set("match.productIds", selected)}
                  error={errors["match.productIds"]}
                />
              </Box>
              <ChoiceList
                title="Collections"
                allowMultiple
                name="match.collectionIds"
                choices={options.collections}
                selected={asList(values["match.collectionIds"])}
                onChange={(selected) => set("match.collectionIds", selected)}
                error={errors["match.collectionIds"]}
              />
            </InlineGrid>
            <TextField label="Product tags" helpText="Comma-separated; any of them matches." {...text("match.tags")} />
            <ChoiceList
              title="For these return reasons (none chosen: any reason)"
              allowMultiple
              name="reasons"
              choices={RETURN_REASONS.filter((reason) => reason !== "UNKNOWN").map((reason) => ({ label: RETURN_REASON_LABELS[reason].en, value: reason }))}
              selected={asList(values.reasons)}
              onChange={(selected) => set("reasons", selected)}
              error={errors.reasons ?? errors["reasons.0"]}
            />
          </BlockStack>
        </Card>

        <Card>
          <BlockStack gap="300">
            <Text as="h2" variant="headingMd">
              …offer an exchange
            </Text>
            <FormLayout>
              <Select label="Exchange to" {...select("exchange.kind", EXCHANGE_KINDS)} error={errors["exchange.kind"] ?? errors.exchange} />
              {exchangeKind === "product" ? <Select label="Product" {...select("exchange.productId", options.products, "Choose a product")} /> : null}
              {exchangeKind === "variant" ? <Select label="Variant" {...select("exchange.variantId", options.variants, "Choose a variant")} /> : null}
              <Select label="Bonus" {...select("bonus.kind", BONUS_KINDS)} error={errors["bonus.kind"] ?? errors.bonus} />
              {bonusKind === "free_gift" || bonusKind === "upsell_discount" ? (
                <Select
                  label={bonusKind === "free_gift" ? "Free gift" : "Upsell product"}
                  helpText={bonusKind === "free_gift" ? "Added to the exchange at no cost; it costs you its unit cost in Shopify (its price when none is set)." : undefined}
                  {...select("bonus.variantId", options.variants, "Choose a variant")}
                />
              ) : null}
              {bonusKind === "upsell_discount" ? (
                <FormLayout.Group>
                  <Select label="Discount" {...select("bonus.discount.kind", DISCOUNT_KINDS)} error={errors["bonus.discount.kind"] ?? errors["bonus.discount"]} />
                  <TextField
                    label="Value"
                    inputMode="decimal"
                    {...(percentage ? { suffix: "%" } : { prefix: options.shopCurrency })}
                    {...text("bonus.discount.value")}
                  />
                </FormLayout.Group>
              ) : null}
            </FormLayout>
          </BlockStack>
        </Card>

        <Card>
          <BlockStack gap="300">
            <Text as="h2" variant="headingMd">
              What to say
            </Text>
            <Text as="p" tone="subdued">
              The headline is shown to shoppers on the tracking page; the script is what agents say. You may use{" "}
              {TEXT_PLACEHOLDERS.map((name) => `{${name}}`).join(", ")}. A language left blank uses English.
            </Text>
            <Tabs
              tabs={OFFER_LANGUAGES.map((code) => ({
                id: `language-${code}`,
                content: errors[`texts.${code}.headline`] || errors[`texts.${code}.script`] ? `${LANGUAGE_NAMES[code]} ⚠` : LANGUAGE_NAMES[code],
              }))}
              selected={language}
              onSelect={setLanguage}
            />
            {OFFER_LANGUAGES.map((code) => (
              // Every language stays in the form; only the chosen one is shown.
              <div key={code} hidden={code !== current} dir={code === "ar" ? "rtl" : "ltr"}>
                <FormLayout>
                  <TextField label={`Headline (${LANGUAGE_NAMES[code]})`} {...text(`texts.${code}.headline`)} />
                  <TextField label={`Agent's script (${LANGUAGE_NAMES[code]})`} multiline={4} {...text(`texts.${code}.script`)} />
                </FormLayout>
              </div>
            ))}
          </BlockStack>
        </Card>

        <Card>
          <FormLayout>
            <FormLayout.Group>
              <TextField label="Starts on" type="date" helpText="Blank: now." {...text("startsOn")} />
              <TextField label="Ends on" type="date" helpText="Blank: no end." {...text("endsOn")} />
              <TextField label="Return window" suffix="days after delivery" inputMode="numeric" {...text("returnWindowDays")} />
            </FormLayout.Group>
          </FormLayout>
        </Card>

        <InlineStack align="end">
          <Button submit variant="primary" loading={submitting}>
            {mode === "new" ? "Add offer" : "Save"}
          </Button>
        </InlineStack>
      </BlockStack>
    </Form>
  );
}
