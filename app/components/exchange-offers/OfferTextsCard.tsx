// What to say, in each language: the headline shoppers read on the tracking
// page and the script agents say. Every language stays in the form; only the
// chosen tab is shown, and a tab with a mistake says so.
import type { FieldMetadata } from "@conform-to/react";
import { FormLayout, Tabs } from "@shopify/polaris";
import { useState } from "react";
import { OFFER_LANGUAGES, TEXT_PLACEHOLDERS, type OfferFormValues } from "../../domain/exchange/offers";
import { TextInput } from "../form/fields";
import { TitledCard } from "../TitledCard";
import { useTranslation } from "react-i18next";

export function OfferTextsCard({ field }: { field: FieldMetadata<OfferFormValues["texts"]> }) {
  const { t } = useTranslation("offers");
  const languageName = (code: string) => t(`texts.languages.${code}`);
  const [selected, setSelected] = useState(0);
  const languages = field.getFieldset();
  return (
    <TitledCard title={t("texts.title")} help={t("texts.help", { placeholders: TEXT_PLACEHOLDERS.map((name) => `{${name}}`).join(", ") })}>
      <Tabs
        tabs={OFFER_LANGUAGES.map((code) => ({
          id: `language-${code}`,
          content: Object.keys(languages[code].allErrors).length > 0 ? `${languageName(code)} ⚠` : languageName(code),
        }))}
        selected={selected}
        onSelect={setSelected}
      />
      {OFFER_LANGUAGES.map((code, index) => {
        const text = languages[code].getFieldset();
        return (
          <div key={code} hidden={index !== selected} dir={code === "ar" ? "rtl" : "ltr"}>
            <FormLayout>
              <TextInput field={text.headline} label={t("texts.headline", { language: languageName(code) })} />
              <TextInput field={text.script} label={t("texts.script", { language: languageName(code) })} multiline={4} />
            </FormLayout>
          </div>
        );
      })}
    </TitledCard>
  );
}
