// For a staff member who isn't an agent yet: what they can't do, and the
// link that adds them to the roster with their Shopify name and email.
import { Banner, Link } from "@shopify/polaris";

export interface NotOnRosterBannerProps {
  staff: { name: string | null; email: string | null } | null;
  /** Why being an agent matters on this page. */
  why: string;
}

export function NotOnRosterBanner({ staff, why }: NotOnRosterBannerProps) {
  const addYourself = `/app/agents/new?${new URLSearchParams({ name: staff?.name ?? "", email: staff?.email ?? "" }).toString()}`;
  return (
    <Banner tone="warning" title="You're not on the agent roster">
      <p>
        {why} <Link url={addYourself}>Add yourself</Link> with your Shopify email{staff?.email ? ` (${staff.email})` : ""}, or ask the store
        owner.
      </p>
    </Banner>
  );
}
