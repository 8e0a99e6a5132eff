// Every code of an agent: what each delight code cost the budget when it was
// issued, and whether each code works in Shopify now.
import { Badge, BlockStack, Box, Card, DataTable, Link, Text } from "@shopify/polaris";

export interface LedgerCode {
  code: string;
  kind: string;
  value: string;
  cost: string;
  customerId: string | null;
  issuedAt: string;
  expiresAt: string | null;
  status: string;
  shopifyStatus: string | null;
  timesUsed: number | null;
}

const KIND_LABELS: Record<string, string> = { personal: "Personal", delight: "Delight" };

function ShopifyStatus({ code }: { code: LedgerCode }) {
  if (code.shopifyStatus === "ACTIVE") return <Badge tone="success">Works</Badge>;
  if (code.kind === "delight" && code.timesUsed !== null && code.timesUsed > 0) return <Badge tone="info">Used</Badge>;
  if (code.status === "deactivated") return <Badge>Deactivated</Badge>;
  return <Badge tone="attention">{code.shopifyStatus === "SCHEDULED" ? "Scheduled" : "Expired"}</Badge>;
}

export function AgentCodesLedger({ codes, timeZone }: { codes: LedgerCode[]; timeZone: string }) {
  const day = (iso: string) => new Date(iso).toLocaleDateString("en-US", { timeZone });
  return (
    <Card padding="0">
      <BlockStack gap="200">
        <Box padding="400">
          <Text as="h2" variant="headingMd">
            Codes and budget ledger
          </Text>
          <Text as="p" tone="subdued">
            What each delight code cost the budget when it was issued, and whether each code works in Shopify now.
          </Text>
        </Box>
        <DataTable
          columnContentTypes={["text", "text", "text", "numeric", "text", "text", "text", "text"]}
          headings={["Code", "Kind", "Value", "Cost", "Customer", "Issued", "Expires", "In Shopify"]}
          rows={codes.map((code) => [
            code.code,
            KIND_LABELS[code.kind] ?? code.kind,
            code.value,
            code.kind === "delight" ? code.cost : "—",
            code.customerId ? (
              <Link key="customer" url={`shopify:admin/customers/${code.customerId}`} target="_top">
                Customer {code.customerId}
              </Link>
            ) : (
              "Anyone"
            ),
            day(code.issuedAt),
            code.expiresAt ? day(code.expiresAt) : "—",
            <ShopifyStatus key="status" code={code} />,
          ])}
        />
      </BlockStack>
    </Card>
  );
}
