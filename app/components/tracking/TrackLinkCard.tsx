// The link merchants print and send: /track when it leads to the tracking
// page, else the app proxy's own address, and why (a /track redirect of the
// shop's own, which Concierge leaves alone).
import { Banner, BlockStack, Link, Text } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import type { TrackLink } from "../../domain/tracking/track-link";
import { useFormat } from "../../i18n/format";
import { Detail } from "../CardTitle";
import { TitledCard } from "../TitledCard";

export type TrackLinkView = TrackLink & { checkedAt: string | null; url: string; proxyUrl: string };

/** A URL reads left to right inside Arabic text too. */
function Address({ url }: { url: string }) {
  return (
    <Text as="p">
      <bdi dir="ltr">
        <Link url={url} target="_blank">
          {url}
        </Link>
      </bdi>
    </Text>
  );
}

export function TrackLinkCard({ link, timeZone }: { link: TrackLinkView; timeZone: string }) {
  const { t } = useTranslation("tracking");
  const format = useFormat();
  const checked = link.checkedAt ? t("link.checked", { when: format.instant(link.checkedAt, timeZone, "longDate") }) : null;
  return (
    <TitledCard title={t("link.title")}>
      {link.kind === "ours" ? (
        <BlockStack gap="200">
          <Text as="p">{t("link.ours")}</Text>
          <Address url={link.url} />
          <Detail>{checked}</Detail>
        </BlockStack>
      ) : link.kind === "theirs" ? (
        <Banner tone="warning" title={t("link.theirsTitle")}>
          <BlockStack gap="200">
            <p>{t("link.theirs", { target: link.target })}</p>
            <Address url={link.proxyUrl} />
            <Detail>{checked}</Detail>
          </BlockStack>
        </Banner>
      ) : (
        <BlockStack gap="200">
          <Text as="p">{t("link.unchecked")}</Text>
          <Address url={link.proxyUrl} />
        </BlockStack>
      )}
    </TitledCard>
  );
}
