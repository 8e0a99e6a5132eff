// The demo theme: a small, plain theme in the spirit of Shopify's Dawn, just
// enough to host the extension's blocks: a layout that sets the language and
// direction, a home page, a product page with a section that takes app
// blocks, a cart page, and a generic page for app proxy responses.
export const RTL_LANGUAGES = new Set(["ar", "he", "fa", "ur"]);

export const layoutTemplate = `<!doctype html>
<html lang="{{ request.locale.iso_code }}" dir="{{ direction }}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <title>{{ page_title }} – {{ shop.name }}</title>
    <style>
      body { font-family: system-ui, "Noto Sans Arabic", sans-serif; margin: 0; color: #1a1a1a; }
      header, footer { padding: 1rem 2rem; background: #f6f6f7; display: flex; gap: 1.5rem; align-items: center; }
      header .shop-name { font-weight: 700; font-size: 1.25rem; margin-inline-end: auto; color: inherit; text-decoration: none; }
      main { padding: 2rem; max-width: 64rem; margin: 0 auto; }
      .product { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 2rem; }
      .product__media { aspect-ratio: 1; background: linear-gradient(135deg, #e3e3e3, #cfd8dc); border-radius: 8px; }
      .product__price { font-size: 1.5rem; }
      fieldset { border: 0; padding: 0; display: flex; gap: .5rem; flex-wrap: wrap; }
      button { font: inherit; }
    </style>
    {{ content_for_header }}
  </head>
  <body>
    <header>
      <a class="shop-name" href="{{ routes.root_url }}">{{ shop.name }}</a>
      <a href="{{ routes.root_url | append: '/track' | replace: '//', '/' }}">Track</a>
      {%- if customer -%}
        <span data-customer="{{ customer.id }}">{{ customer.first_name }}</span> <a href="/account/logout">Log out</a>
      {%- else -%}
        <a href="/account/login">Log in</a>
      {%- endif -%}
    </header>
    <main id="MainContent">{{ content_for_layout }}</main>
    <footer><small>{{ shop.name }} · local storefront</small></footer>
    {{ content_for_app_embeds }}
  </body>
</html>`;

export const homeTemplate = `<h1>{{ shop.name }}</h1>
<ul>
{%- for product in products -%}
  <li><a href="{{ routes.root_url | append: '/products/' | append: product.handle | replace: '//', '/' }}">{{ product.title }}</a> – {{ product.price | money }}</li>
{%- endfor -%}
</ul>`;

export const productTemplate = `<section class="product" data-product-id="{{ product.id }}">
  <div class="product__media" role="img" aria-label="{{ product.title | escape }}"></div>
  <div class="product__info">
    <h1>{{ product.title }}</h1>
    <p class="product__price">{{ product.selected_or_first_available_variant.price | money }}</p>
    <form method="post" action="/cart/add" data-type="add-to-cart-form">
      <fieldset>
        <legend>Size</legend>
        {%- for variant in product.variants -%}
          <label><input type="radio" name="id" value="{{ variant.id }}" {% unless variant.available %}disabled{% endunless %} {% if forloop.first %}checked{% endif %}> {{ variant.title }}</label>
        {%- endfor -%}
      </fieldset>
      <p><label>Note to the shop <input type="text" name="note" id="ProductNote"></label></p>
      <button type="submit">Add to cart</button>
    </form>
    <div class="product__description">{{ product.description }}</div>
    {{ content_for_app_blocks }}
  </div>
</section>`;

export const cartTemplate = `<h1>Cart</h1>
{%- if cart.item_count == 0 -%}
  <p>Your cart is empty.</p>
{%- else -%}
  <ul class="cart">
  {%- for item in cart.items -%}
    <li>{{ item.title }} × {{ item.quantity }} – {{ item.price | money }}</li>
  {%- endfor -%}
  </ul>
  <button type="button">Check out</button>
{%- endif -%}`;

export const pageTemplate = `<article class="page">
  <h1>{{ page.title }}</h1>
  {{ content_for_app_blocks }}
</article>`;
