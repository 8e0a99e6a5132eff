// Finding a customer by email, phone or order number: a GET form, so the
// customer found is in the address.
import { Form, useNavigation } from "@remix-run/react";
import { Button, Card, InlineStack, TextField } from "@shopify/polaris";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Phrase } from "../../domain/phrase";
import { usePhraseText } from "../../i18n/format";

/** `error`: why what was typed found no one, in the staff member's language. */
export function CustomerLookup({ query, error }: { query: string; error: Phrase | null }) {
  const { t } = useTranslation("desk");
  const phraseText = usePhraseText();
  const navigation = useNavigation();
  const [text, setText] = useState(query);
  return (
    <Card>
      <Form method="get">
        <InlineStack gap="200" blockAlign="end" wrap={false}>
          <div style={{ flexGrow: 1 }}>
            <TextField
              label={t("lookup.label")}
              name="q"
              value={text}
              onChange={setText}
              placeholder={t("lookup.placeholder")}
              autoComplete="off"
              error={error ? phraseText(error) : undefined}
            />
          </div>
          <Button submit variant="primary" loading={navigation.state === "loading" && navigation.formMethod === "GET"}>
            {t("lookup.find")}
          </Button>
        </InlineStack>
      </Form>
    </Card>
  );
}
