// One helpdesk's copy-paste setup (its steps, URL, headers and body), what
// Concierge has received from it, and a button that sends a test touch as
// it would; the test's outcome is the page's banner.
import { useTranslation } from "react-i18next";
import { useFormat, usePhraseText } from "../../i18n/format";
import type { HelpdeskSetupPage } from "../../services/helpdesk-setup.server";
import { AnnotatedCard } from "../AnnotatedCard";
import { INTENT_FIELD } from "../form/schema-form";
import { PostButton } from "../form/PostButton";
import { Code, Setup } from "./SetupCode";

export function HelpdeskSetupCard({ setup }: { setup: HelpdeskSetupPage["setups"][number] }) {
  const { t } = useTranslation("helpdesks");
  const format = useFormat();
  const text = usePhraseText();
  const fields = { [INTENT_FIELD]: "test", helpdesk: setup.id };
  const received = setup.received;
  return (
    <AnnotatedCard
      title={text(setup.name)}
      description={
        received
          ? t("setup.received", {
              touches: t("setup.touches", { count: received.touches }),
              last: received.lastReceivedAt ? format.instant(received.lastReceivedAt, undefined, "dateTime") : "",
            })
          : t("setup.none")
      }
    >
      <Setup steps={setup.steps} method={setup.method} url={setup.url} headers={setup.headers} />
      <Code label={t("setup.body")} text={setup.body} />
      <PostButton fields={fields} label={t("setup.testLabel", { name: text(setup.name) })}>
        {t("setup.test")}
      </PostButton>
    </AnnotatedCard>
  );
}
