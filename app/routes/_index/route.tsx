// The app's public landing page. Inside Shopify admin the app opens at /app;
// a visit with ?shop= goes there too.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { login } from "../../shopify.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const url = new URL(request.url);
  if (url.searchParams.get("shop")) throw redirect(`/app?${url.searchParams.toString()}`);
  return { showForm: Boolean(login) };
};

export default function Landing() {
  const { showForm } = useLoaderData<typeof loader>();
  return (
    <main style={{ fontFamily: "system-ui, sans-serif", maxWidth: 640, margin: "4rem auto", padding: "0 1rem" }}>
      <h1>Concierge</h1>
      <p>
        Customer support that earns more than it costs: VIP tiers, agents who sell, exchanges instead of refunds, and a branded
        order-tracking page.
      </p>
      {showForm && (
        <Form method="post" action="/auth/login">
          <label>
            <span>Shop domain</span> <input type="text" name="shop" placeholder="example.myshopify.com" />
          </label>{" "}
          <button type="submit">Log in</button>
        </Form>
      )}
    </main>
  );
}
