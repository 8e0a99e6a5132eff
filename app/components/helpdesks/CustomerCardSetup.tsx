// The customer card beside a ticket: Gorgias's setup, ready to copy, and how
// other helpdesks ask for it; then why Shopify Inbox has no setup.
import { Card, Layout, Text } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { usePhraseText } from "../../i18n/format";
import type { HelpdeskSetupPage } from "../../services/helpdesk-setup.server";
import { AnnotatedCard } from "../AnnotatedCard";
import { PhraseList } from "../PhraseList";
import { Setup } from "./SetupCode";

export function CustomerCardSetup({ card, shopifyInbox }: Pick<HelpdeskSetupPage, "card" | "shopifyInbox">) {
  const { t } = useTranslation("helpdesks");
  const text = usePhraseText();
  return (
    <>
      <AnnotatedCard title={t("card.title")} description={t("card.description")}>
        <Text as="h3" variant="headingSm">
          Gorgias
        </Text>
        <Setup steps={card.gorgias.steps} method="GET" url={card.gorgias.url} headers={card.gorgias.headers} />
        <PhraseList lines={card.other} />
      </AnnotatedCard>
      <Layout.AnnotatedSection title="Shopify Inbox" description={t("inbox.description")}>
        <Card>
          <Text as="p">{text(shopifyInbox)}</Text>
        </Card>
      </Layout.AnnotatedSection>
    </>
  );
}
