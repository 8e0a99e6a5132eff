// Shipments at risk, kept from the carriers' events (delayed, failed attempt,
// exception, past its estimate, no scan for days): agents contact the shopper
// first, then mark each one handled.
import type { AtRiskShipmentRow } from "../../services/shipment-risks.server";
import { Badge, Banner, BlockStack, Link, Text } from "@shopify/polaris";
import { PostButton } from "../form/PostButton";
import { useSavedToast } from "../form/useSavedToast";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../i18n/format";
import type { PageInfo } from "../../domain/paging";
import { ResourceTableCard } from "../ResourceTableCard";

/** What the list shows of a risk: the service's row, as the loader sends it. */
export type AtRiskShipmentView = Pick<
  AtRiskShipmentRow,
  "riskId" | "kind" | "since" | "orderId" | "orderName" | "email" | "carrier" | "trackingNumber" | "trackingUrl"
>;

/** What the action answers a "Mark handled" button: a toast when done, a banner over the list when refused. */
export interface HandledAnswer {
  intent: "handled";
  ok: boolean;
  message: string;
}

const REASON_TONES: Record<string, "critical" | "warning" | "attention"> = {
  failure: "critical",
  attempted_delivery: "warning",
  delayed: "warning",
  past_estimated_delivery: "attention",
  not_delivered: "critical",
  no_movement: "attention",
};

function Carrier({ shipment }: { shipment: AtRiskShipmentView }) {
  const { t } = useTranslation("tracking");
  const text = `${shipment.carrier ?? ""} ${shipment.trackingNumber ?? ""}`;
  if (!shipment.trackingUrl) return <>{text}</>;
  return (
    <Link url={shipment.trackingUrl} target="_blank">
      {`${shipment.carrier ?? t("atRisk.carrier")} ${shipment.trackingNumber ?? ""}`}
    </Link>
  );
}

export function ShipmentsAtRisk({
  shipments,
  page,
  answer,
}: {
  shipments: AtRiskShipmentView[];
  page: PageInfo;
  /** The action's answer to a "Mark handled" button, if that is what it answered. */
  answer?: HandledAnswer;
}) {
  const { t } = useTranslation("tracking");
  const format = useFormat();
  useSavedToast(answer?.ok ? answer : null, answer?.message ?? "");
  const list = (
    <ResourceTableCard
      title={t("atRisk.title")}
      detail={t("atRisk.detail")}
      empty={{ heading: t("atRisk.emptyTitle"), body: t("atRisk.emptyBody") }}
      page={{ info: page }}
      columnContentTypes={["text", "text", "text", "text", "text"]}
      headings={[t("atRisk.order"), t("atRisk.customer"), t("atRisk.problem"), t("atRisk.carrier"), ""]}
      rows={shipments.map((shipment) => [
        <Link key="order" url={`shopify:admin/orders/${shipment.orderId}`} target="_top">
          {shipment.orderName ?? t("atRisk.orderId", { id: shipment.orderId })}
        </Link>,
        shipment.email ?? t("atRisk.noEmail"),
        <BlockStack key="reasons" gap="100">
          <Badge tone={REASON_TONES[shipment.kind] ?? "attention"}>
            {REASON_TONES[shipment.kind] ? t(`atRisk.reasons.${shipment.kind}`) : shipment.kind}
          </Badge>
          <Text as="span" tone="subdued">
            {t("atRisk.since", { date: format.instant(shipment.since, undefined) })}
          </Text>
        </BlockStack>,
        <Carrier key="carrier" shipment={shipment} />,
        <PostButton
          key="handled"
          fields={{ intent: "handled", riskId: shipment.riskId }}
          label={t("atRisk.markLabel", { order: shipment.orderName ?? t("atRisk.theShipment") })}
        >
          {t("atRisk.mark")}
        </PostButton>,
      ])}
    />
  );
  if (!answer || answer.ok) return list;
  return (
    <BlockStack gap="400">
      <Banner tone="critical">{answer.message}</Banner>
      {list}
    </BlockStack>
  );
}
