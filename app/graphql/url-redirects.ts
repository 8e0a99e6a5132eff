import { adminOperation } from "../admin-api.server";
import type * as AdminOps from "../types/admin.generated";
import { USER_ERROR_FIELDS } from "./fragments/user-error";

export const UrlRedirectsByPathQuery = adminOperation<AdminOps.UrlRedirectsByPathQuery, AdminOps.UrlRedirectsByPathQueryVariables>(`#graphql
  query UrlRedirectsByPath($query: String!) {
    urlRedirects(first: 5, query: $query) {
      nodes {
        id
        path
        target
      }
    }
  }
`);

export const UrlRedirectCreateMutation = adminOperation<
  AdminOps.UrlRedirectCreateMutation,
  AdminOps.UrlRedirectCreateMutationVariables
>(`#graphql
  mutation UrlRedirectCreate($urlRedirect: UrlRedirectInput!) {
    urlRedirectCreate(urlRedirect: $urlRedirect) {
      urlRedirect {
        id
        path
        target
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${USER_ERROR_FIELDS}
`);
