// The embedded admin shell: every /app/* page is authenticated here, in the
// staff member's language (app/i18n: Shopify's `locale`, kept in a cookie).
import { json, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction, type SerializeFrom } from "@remix-run/node";
import { isRouteErrorResponse, Link, Outlet, useLoaderData, useRouteError, useRouteLoaderData } from "@remix-run/react";
import { Page } from "@shopify/polaris";
import { boundary } from "@shopify/shopify-app-remix/server";
import { AppProvider } from "@shopify/shopify-app-remix/react";
import { NavMenu } from "@shopify/app-bridge-react";
import polarisStyles from "@shopify/polaris/build/esm/styles.css?url";
import rtlStyles from "../styles/rtl.css?url";
import { useMemo } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import { env } from "../env.server";
import { createAdminI18n } from "../i18n/i18next";
import { requestLocale, staffLocaleOf } from "../i18n/locale.server";
import { textDirection } from "../i18n/locales";
import { adminMessages, polarisTranslations } from "../i18n/resources.server";
import { authenticate } from "../shopify.server";
import { isShopifyUnavailable, ShopifyUnavailableBanner } from "../components/ShopifyUnavailableBanner";
import { PageSkeleton, useLoadingAnotherPage } from "../components/PageSkeleton";

export const links = () => [
  { rel: "stylesheet", href: polarisStyles },
  { rel: "stylesheet", href: rtlStyles },
];

// Every admin page's document title (a page may name itself more precisely).
export const meta: MetaFunction = () => [{ title: "Concierge" }];

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const { locale, setCookie } = await requestLocale(request, staffLocaleOf(session));
  // APP_BRIDGE_URL is also read by the Shopify library for its own pages:
  // the local Shopify serves App Bridge when Shopify's CDN is out of reach.
  return json(
    {
      apiKey: env.SHOPIFY_API_KEY,
      appBridgeUrl: env.APP_BRIDGE_URL,
      locale,
      dir: textDirection(locale),
      messages: adminMessages(locale),
      polaris: polarisTranslations(locale),
    },
    setCookie ? { headers: { "Set-Cookie": setCookie } } : undefined,
  );
};

export default function App() {
  const { apiKey, appBridgeUrl, locale, messages, polaris } = useLoaderData<typeof loader>();
  const i18n = useMemo(() => createAdminI18n(locale, messages), [locale, messages]);
  const loadingAnotherPage = useLoadingAnotherPage();
  return (
    <I18nextProvider i18n={i18n}>
      <AppProvider isEmbeddedApp apiKey={apiKey} i18n={polaris} {...(appBridgeUrl ? { __APP_BRIDGE_URL: appBridgeUrl } : {})}>
        <AppNav />
        <main>{loadingAnotherPage ? <PageSkeleton /> : <Outlet />}</main>
      </AppProvider>
    </I18nextProvider>
  );
}

function AppNav() {
  const { t } = useTranslation();
  return (
    <NavMenu>
      <Link to="/app" rel="home">
        {t("nav.home")}
      </Link>
      <Link to="/app/profit">{t("nav.profit")}</Link>
      <Link to="/app/vip-rules">{t("nav.vipRules")}</Link>
      <Link to="/app/instant-refunds">{t("nav.instantRefunds")}</Link>
      <Link to="/app/reasons">{t("nav.reasons")}</Link>
      <Link to="/app/tracking">{t("nav.tracking")}</Link>
      <Link to="/app/email">{t("nav.email")}</Link>
      <Link to="/app/campaigns">{t("nav.campaigns")}</Link>
      <Link to="/app/chat">{t("nav.chat")}</Link>
      <Link to="/app/agents">{t("nav.agents")}</Link>
      <Link to="/app/agent-desk">{t("nav.agentDesk")}</Link>
      <Link to="/app/helpdesks">{t("nav.helpdesks")}</Link>
      <Link to="/app/exchange-offers">{t("nav.exchangeOffers")}</Link>
      <Link to="/app/data-requests">{t("nav.dataRequests")}</Link>
      <Link to="/app/failed-events">{t("nav.failedEvents")}</Link>
      <Link to="/app/settings">{t("nav.settings")}</Link>
    </NavMenu>
  );
}

// Shopify needs Remix to catch some thrown responses so that their headers
// (e.g. the App Bridge redirect) reach the browser.
export function ErrorBoundary() {
  const error = useRouteError();
  const shell = useRouteLoaderData<typeof loader>("routes/app");
  // A page whose Shopify did not answer in time says so inside the app, in
  // the staff member's language, with "Try again" (http/shopify-unavailable.server.ts).
  if (shell && isRouteErrorResponse(error) && isShopifyUnavailable(error.data))
    return <ShopifyUnavailablePage shell={shell} retryAfterSeconds={error.data.retryAfterSeconds} />;
  return boundary.error(error);
}

function ShopifyUnavailablePage({ shell, retryAfterSeconds }: { shell: SerializeFrom<typeof loader>; retryAfterSeconds: number }) {
  const i18n = useMemo(() => createAdminI18n(shell.locale, shell.messages), [shell.locale, shell.messages]);
  return (
    <I18nextProvider i18n={i18n}>
      <AppProvider
        isEmbeddedApp
        apiKey={shell.apiKey}
        i18n={shell.polaris}
        {...(shell.appBridgeUrl ? { __APP_BRIDGE_URL: shell.appBridgeUrl } : {})}
      >
        <AppNav />
        <main>
          <Page title={i18n.t("appName")}>
            <ShopifyUnavailableBanner retryAfterSeconds={retryAfterSeconds} />
          </Page>
        </main>
      </AppProvider>
    </I18nextProvider>
  );
}

export const headers: HeadersFunction = (headersArgs) => boundary.headers(headersArgs);
