import { adminOperation } from "./admin-operation";
import { USER_ERROR_FIELDS } from "./fragments/user-error";

export const UrlRedirectsByPathQuery = adminOperation(`#graphql
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

export const UrlRedirectCreateMutation = adminOperation(`#graphql
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
