// The shop's touches URL and secret, and the button that makes a new secret
// (the previous one keeps working for a day, as the card says).
import { Text } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../i18n/format";
import { AnnotatedCard } from "../AnnotatedCard";
import { INTENT_FIELD } from "../form/schema-form";
import { PostButton } from "../form/PostButton";
import { Code } from "./SetupCode";

const ROTATE = { [INTENT_FIELD]: "rotate" };

export function HelpdeskSecretCard({
  endpoint,
  secret,
  previousUntil,
}: {
  endpoint: string;
  secret: string;
  previousUntil: string | null;
}) {
  const { t } = useTranslation("helpdesks");
  const format = useFormat();
  return (
    <AnnotatedCard title={t("secret.title")} description={t("secret.description")}>
      <Code label={t("secret.url")} text={endpoint} />
      <Code label={t("secret.secret")} text={secret} />
      {previousUntil ? (
        <Text as="p">{t("secret.previousUntil", { date: format.instant(previousUntil, undefined, "dateTime") })}</Text>
      ) : null}
      <PostButton fields={ROTATE}>{t("secret.rotate")}</PostButton>
    </AnnotatedCard>
  );
}
