// For a staff member who isn't an agent yet: what they can't do, and the
// link that adds them to the roster with their Shopify name and email.
import { Banner, Layout, Link } from "@shopify/polaris";
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

/** The banner as a section of the page's layout while the staff member is not an agent; nothing once they are. */
export function NotOnRosterSection({ agent, ...banner }: NotOnRosterBannerProps & { agent: object | null }) {
  if (agent) return null;
  return (
    <Layout.Section>
      <NotOnRosterBanner {...banner} />
    </Layout.Section>
  );
}
