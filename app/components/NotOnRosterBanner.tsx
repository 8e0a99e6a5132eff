// For a staff member who isn't an agent yet: what they can't do, and the
// link that adds them to the roster with their Shopify name and email.
import { Banner, Link } from "@shopify/polaris";
import { Trans, useTranslation } from "react-i18next";

export interface NotOnRosterBannerProps {
  staff: { name: string | null; email: string | null } | null;
  /** Why being an agent matters on this page. */
  why: string;
}

export function NotOnRosterBanner({ staff, why }: NotOnRosterBannerProps) {
  const { t } = useTranslation("desk");
  const addYourself = `/app/agents/new?${new URLSearchParams({ name: staff?.name ?? "", email: staff?.email ?? "" }).toString()}`;
  return (
    <Banner tone="warning" title={t("notOnRoster.title")}>
      <p>
        <Trans
          t={t}
          i18nKey={staff?.email ? "notOnRoster.bodyWithEmail" : "notOnRoster.body"}
          values={{ why, email: staff?.email ?? "" }}
          components={[<Link key="add" url={addYourself} />]}
        />
      </p>
    </Banner>
  );
}
