import { adminOperation, type UserError } from "../admin-api.server";

export interface UrlRedirectsByPath {
  urlRedirects: { nodes: { id: string; path: string; target: string }[] };
}

export const UrlRedirectsByPathQuery = adminOperation<UrlRedirectsByPath, { query: string }>(`#graphql
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

export interface UrlRedirectCreate {
  urlRedirectCreate: { urlRedirect: { id: string; path: string; target: string } | null; userErrors: UserError[] } | null;
}

export const UrlRedirectCreateMutation = adminOperation<UrlRedirectCreate, { urlRedirect: { path: string; target: string } }>(`#graphql
  mutation UrlRedirectCreate($urlRedirect: UrlRedirectInput!) {
    urlRedirectCreate(urlRedirect: $urlRedirect) {
      urlRedirect {
        id
        path
        target
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
