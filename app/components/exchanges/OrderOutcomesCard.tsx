// The offers made on this order: when, which item and offer, the answer (the
// shopper's own request marked), the agent, the net, what exists in Shopify
// (a return, a draft order paid or awaiting payment), and the answer to an
// offer still open.
import { Badge, DataTable, InlineStack, Link, Text } from "@shopify/polaris";
import type { ExchangeDeskView } from "../../services/exchange-desk.server";
import { PostButton } from "../form/PostButton";
import { TitledCard } from "../TitledCard";

const STATUS_TONES: Record<string, "success" | "critical" | "attention" | "info" | undefined> = {
  accepted: "success",
  refused: "critical",
  requested: "attention",
  shown: "info",
};

type Outcome = ExchangeDeskView["outcomes"][number];

function InShopify({ outcome }: { outcome: Outcome }) {
  if (outcome.draftOrderId) {
    return (
      <InlineStack gap="100" blockAlign="center">
        <Link url={`shopify:admin/draft_orders/${outcome.draftOrderId}`} target="_top">
          Draft order
        </Link>
        {outcome.status === "accepted" ? (
          <Badge tone={outcome.draftOrderPaid ? "success" : "attention"}>{outcome.draftOrderPaid ? "Paid" : "Awaiting payment"}</Badge>
        ) : null}
      </InlineStack>
    );
  }
  return <>{outcome.returnId ? "Return created" : "—"}</>;
}

function OutcomeAnswer({ outcomeId, disabled }: { outcomeId: string; disabled: boolean }) {
  return (
    <InlineStack gap="100">
      <PostButton fields={{ intent: "accept_outcome", outcomeId }} size="slim" primary disabled={disabled}>
        Accept
      </PostButton>
      <PostButton fields={{ intent: "refuse_outcome", outcomeId }} size="slim" disabled={disabled}>
        Refuse
      </PostButton>
    </InlineStack>
  );
}

export function OrderOutcomesCard({ outcomes, timeZone, canAnswer }: { outcomes: Outcome[]; timeZone: string; canAnswer: boolean }) {
  return (
    <TitledCard title="Offers made on this order">
      {outcomes.length === 0 ? (
        <Text as="p" tone="subdued">
          None yet.
        </Text>
      ) : (
        <DataTable
          columnContentTypes={["text", "text", "text", "text", "text", "numeric", "text", "text"]}
          headings={["When", "Item", "Offer", "Answer", "Agent", "Net", "In Shopify", ""]}
          rows={outcomes.map((outcome) => [
            new Date(outcome.createdAt).toLocaleString("en-US", { timeZone }),
            outcome.item,
            outcome.offerName,
            <Badge key="status" tone={STATUS_TONES[outcome.status]}>
              {outcome.channel === "self_service" ? `${outcome.status} (shopper)` : outcome.status}
            </Badge>,
            outcome.agent ?? "—",
            outcome.status === "accepted" ? outcome.net : "—",
            <InShopify key="shopify" outcome={outcome} />,
            outcome.status === "shown" || outcome.status === "requested" ? (
              <OutcomeAnswer key="answer" outcomeId={outcome.id} disabled={!canAnswer} />
            ) : (
              ""
            ),
          ])}
        />
      )}
    </TitledCard>
  );
}
