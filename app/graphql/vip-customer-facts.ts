import { adminOperation } from "./admin-operation";
import { VIP_CUSTOMER_FACTS_FIELDS } from "./fragments/vip-customer-facts";
import type * as AdminOps from "../types/admin.generated";

/** What a VIP tier is decided from, and the tier Concierge last wrote, for one customer. */
export type VipCustomerNode = NonNullable<AdminOps.VipCustomerFactsQuery["customer"]>;

/** One customer's facts, read fresh: a webhook payload is never trusted for them. */
export type VipCustomerFacts = AdminOps.VipCustomerFactsQuery;

export const VipCustomerFactsQuery = adminOperation(`#graphql
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
