import { adminOperation } from "../admin-api.server";
import { VIP_CUSTOMER_FACTS_FIELDS, type VipCustomerFactsFields } from "./fragments/vip-customer-facts";

/** What a VIP tier is decided from, and the tier Concierge last wrote, for one customer. */
export interface VipCustomerNode extends VipCustomerFactsFields {
  metafield: { jsonValue: unknown } | null;
}

export interface VipCustomerFacts {
  customer: VipCustomerNode | null;
}

export interface TierMetafieldVariables {
  namespace: string;
  key: string;
}

/** One customer's facts, read fresh: a webhook payload is never trusted for them. */
export const VipCustomerFactsQuery = adminOperation<VipCustomerFacts, { id: string } & TierMetafieldVariables>(`#graphql
  query VipCustomerFacts($id: ID!, $namespace: String!, $key: String!) {
    customer(id: $id) {
      ...VipCustomerFactsFields
      metafield(namespace: $namespace, key: $key) {
        jsonValue
      }
    }
  }
  ${VIP_CUSTOMER_FACTS_FIELDS}
`);
