// What to say, in each language: the headline shoppers read on the tracking
// page and the script agents say. Every language stays in the form; only the
// chosen tab is shown, and a tab with a mistake says so.
import type { FieldMetadata } from "@conform-to/react";
import { FormLayout, Tabs, Text } from "@shopify/polaris";
import { useState } from "react";
import { OFFER_LANGUAGES, TEXT_PLACEHOLDERS, type OfferFormValues } from "../../domain/exchange/offers";
import { TextInput } from "../form/fields";
import { TitledCard } from "../TitledCard";

const LANGUAGE_NAMES = { en: "English", ar: "العربية (Arabic)", fr: "Français (French)" } as const;

export function OfferTextsCard({ field }: { field: FieldMetadata<OfferFormValues["texts"]> }) {
  const [selected, setSelected] = useState(0);
  const languages = field.getFieldset();
  return (
    <TitledCard title="What to say">
      <Text as="p" tone="subdued">
        The headline is shown to shoppers on the tracking page; the script is what agents say. You may use{" "}
        {TEXT_PLACEHOLDERS.map((name) => `{${name}}`).join(", ")}. A language left blank uses English.
      </Text>
      <Tabs
        tabs={OFFER_LANGUAGES.map((code) => ({
          id: `language-${code}`,
          content: Object.keys(languages[code].allErrors).length > 0 ? `${LANGUAGE_NAMES[code]} ⚠` : LANGUAGE_NAMES[code],
        }))}
        selected={selected}
        onSelect={setSelected}
      />
      {OFFER_LANGUAGES.map((code, index) => {
        const text = languages[code].getFieldset();
        return (
          <div key={code} hidden={index !== selected} dir={code === "ar" ? "rtl" : "ltr"}>
            <FormLayout>
              <TextInput field={text.headline} label={`Headline (${LANGUAGE_NAMES[code]})`} />
              <TextInput field={text.script} label={`Agent's script (${LANGUAGE_NAMES[code]})`} multiline={4} />
            </FormLayout>
          </div>
        );
      })}
    </TitledCard>
  );
}
