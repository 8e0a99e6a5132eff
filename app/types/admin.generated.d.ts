/* eslint-disable eslint-comments/disable-enable-pair */
/* eslint-disable eslint-comments/no-unlimited-disable */
/* eslint-disable */
import type * as AdminTypes from './admin.types.js';

export type AgentCodeDetailsQueryVariables = AdminTypes.Exact<{
  ids: Array<AdminTypes.Scalars['ID']['input']> | AdminTypes.Scalars['ID']['input'];
}>;


export type AgentCodeDetailsQuery = { nodes: Array<AdminTypes.Maybe<{ __typename: 'AbandonedCheckout' | 'AbandonedCheckoutLineItem' | 'Abandonment' | 'AddAllProductsOperation' | 'AdditionalFee' | 'AnalyticsAnnotation' | 'AnalyticsTarget' | 'App' | 'AppCatalog' | 'AppCredit' | 'AppInstallation' | 'AppPurchaseOneTime' | 'AppRevenueAttributionRecord' | 'AppSubscription' | 'AppUsageRecord' | 'Article' | 'BasicEvent' | 'Blog' | 'BulkOperation' | 'BusinessEntity' } | { __typename: 'CalculatedOrder' | 'CartTransform' | 'CashDrawer' | 'CashManagementCustomReasonCode' | 'CashManagementDefaultReasonCode' | 'CashManagementSystemReasonCode' | 'CashTrackingAdjustment' | 'CashTrackingSession' | 'CatalogCsvOperation' | 'Channel' | 'ChannelDefinition' | 'ChannelInformation' | 'CheckoutAndAccountsConfiguration' | 'CheckoutAndAccountsConfigurationOverride' | 'CheckoutProfile' | 'Collection' | 'CollectionConditionsSource' | 'CollectionSubCollectionsSource' | 'Comment' | 'CommentEvent' } | { __typename: 'Company' | 'CompanyAddress' | 'CompanyContact' | 'CompanyContactRole' | 'CompanyContactRoleAssignment' | 'CompanyLocation' | 'CompanyLocationCatalog' | 'CompanyLocationStaffMemberAssignment' | 'ConsentPolicy' | 'CurrencyExchangeAdjustment' | 'Customer' | 'CustomerAccountAppExtensionPage' | 'CustomerAccountNativePage' | 'CustomerPaymentMethod' | 'CustomerSegmentMembersQuery' | 'CustomerVisit' | 'DeliveryCarrierService' | 'DeliveryCondition' | 'DeliveryCountry' | 'DeliveryCustomization' } | { __typename: 'DeliveryLocationGroup' | 'DeliveryMethod' | 'DeliveryMethodDefinition' | 'DeliveryParticipant' | 'DeliveryProfile' | 'DeliveryProfileItem' | 'DeliveryPromiseParticipant' | 'DeliveryPromiseProvider' | 'DeliveryProvince' | 'DeliveryRateDefinition' | 'DeliveryZone' | 'DiscountAutomaticBxgy' | 'DiscountAutomaticNode' | 'DiscountNode' | 'DiscountRedeemCodeBulkCreation' | 'Domain' | 'DraftOrder' | 'DraftOrderLineItem' | 'DraftOrderTag' | 'Duty' } | { __typename: 'ExchangeLineItem' | 'ExternalVideo' | 'Fulfillment' | 'FulfillmentConstraintRule' | 'FulfillmentEvent' | 'FulfillmentHold' | 'FulfillmentLineItem' | 'FulfillmentOrder' | 'FulfillmentOrderDestination' | 'FulfillmentOrderLineItem' | 'FulfillmentOrderMerchantRequest' | 'GenericFile' | 'GiftCard' | 'GiftCardCashOutTransaction' | 'GiftCardCreditTransaction' | 'GiftCardDebitTransaction' | 'IdentityProviderSubject' | 'InventoryAdjustmentGroup' | 'InventoryItem' | 'InventoryItemMeasurement' } | { __typename: 'InventoryLevel' | 'InventoryQuantity' | 'InventoryShipment' | 'InventoryShipmentLineItem' | 'InventoryTransfer' | 'InventoryTransferLineItem' | 'LineItem' | 'LineItemGroup' | 'Location' | 'MailingAddress' | 'Market' | 'MarketCatalog' | 'MarketRegionCountry' | 'MarketRegionSubdivision' | 'MarketWebPresence' | 'MarketingActivity' | 'MarketingEvent' | 'MediaImage' | 'Menu' | 'Metafield' } | { __typename: 'MetafieldDefinition' | 'Metaobject' | 'MetaobjectDefinition' | 'Model3d' | 'OnlineStoreTheme' | 'Order' | 'OrderAdjustment' | 'OrderAttributionDefinition' | 'OrderCancelJobResult' | 'OrderCreateMandatePaymentJobResult' | 'OrderDisputeSummary' | 'OrderEditSession' | 'OrderTransaction' | 'Page' | 'PaymentCustomization' | 'PaymentMandate' | 'PaymentSchedule' | 'PaymentTerms' | 'PaymentTermsTemplate' | 'PointOfSaleDevice' } | { __typename: 'PointOfSaleDevicePaymentSession' | 'PriceList' | 'Product' | 'ProductBundleOperation' | 'ProductDeleteOperation' | 'ProductDuplicateOperation' | 'ProductFeed' | 'ProductOption' | 'ProductOptionValue' | 'ProductSetOperation' | 'ProductTaxonomyNode' | 'ProductVariant' | 'ProductVariantComponent' | 'Publication' | 'PublicationResourceOperation' | 'QuantityPriceBreak' | 'Refund' | 'RefundShippingLine' | 'Return' | 'ReturnLineItem' } | { __typename: 'ReturnReasonDefinition' | 'ReturnableFulfillment' | 'ReverseDelivery' | 'ReverseDeliveryLineItem' | 'ReverseFulfillmentOrder' | 'ReverseFulfillmentOrderDisposition' | 'ReverseFulfillmentOrderLineItem' | 'SaleAdditionalFee' | 'SavedSearch' | 'ScriptTag' | 'Segment' | 'SellingPlan' | 'SellingPlanGroup' | 'ServerPixel' | 'ShippingLabel' | 'ShippingLabelPurchaseResult' | 'Shop' | 'ShopAddress' | 'ShopPolicy' | 'ShopifyPaymentsAccount' } | { __typename: 'ShopifyPaymentsBalanceTransaction' | 'ShopifyPaymentsBankAccount' | 'ShopifyPaymentsDispute' | 'ShopifyPaymentsDisputeEvidence' | 'ShopifyPaymentsDisputeFileUpload' | 'ShopifyPaymentsDisputeFulfillment' | 'ShopifyPaymentsPayout' | 'StaffMember' | 'StandardMetafieldDefinitionTemplate' | 'StoreCreditAccount' | 'StoreCreditAccountCreditTransaction' | 'StoreCreditAccountDebitRevertTransaction' | 'StoreCreditAccountDebitTransaction' | 'StorefrontAccessToken' | 'SubscriptionBillingAttempt' | 'SubscriptionContract' | 'SubscriptionDraft' | 'TaxonomyAttribute' | 'TaxonomyCategory' | 'TaxonomyChoiceListAttribute' } | { __typename: 'TaxonomyMeasurementAttribute' | 'TaxonomyValue' | 'TenderTransaction' | 'TransactionFee' | 'UnverifiedReturnLineItem' | 'UrlRedirect' | 'UrlRedirectImport' | 'Validation' | 'Video' | 'WebPixel' | 'WebhookSubscription' } | (
    { __typename: 'DiscountCodeNode' }
    & Pick<AdminTypes.DiscountCodeNode, 'id'>
    & { codeDiscount: { __typename: 'DiscountCodeApp' | 'DiscountCodeBxgy' | 'DiscountCodeFreeShipping' } | (
      { __typename: 'DiscountCodeBasic' }
      & Pick<AdminTypes.DiscountCodeBasic, 'status' | 'asyncUsageCount' | 'usageLimit' | 'appliesOncePerCustomer' | 'endsAt'>
      & { minimumRequirement: AdminTypes.Maybe<{ greaterThanOrEqualToSubtotal: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }> }
    ) }
  )>> };

export type BulkOperationCancelMutationVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
}>;


export type BulkOperationCancelMutation = { bulkOperationCancel: AdminTypes.Maybe<{ bulkOperation: AdminTypes.Maybe<Pick<AdminTypes.BulkOperation, 'id' | 'status'>>, userErrors: Array<Pick<AdminTypes.UserError, 'field' | 'message'>> }> };

export type BulkOperationRunQueryMutationVariables = AdminTypes.Exact<{
  query: AdminTypes.Scalars['String']['input'];
}>;


export type BulkOperationRunQueryMutation = { bulkOperationRunQuery: AdminTypes.Maybe<{ bulkOperation: AdminTypes.Maybe<Pick<AdminTypes.BulkOperation, 'id' | 'status'>>, userErrors: Array<Pick<AdminTypes.BulkOperationUserError, 'code' | 'field' | 'message'>> }> };

export type BulkOperationStatusQueryVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
}>;


export type BulkOperationStatusQuery = { bulkOperation: AdminTypes.Maybe<Pick<AdminTypes.BulkOperation, 'id' | 'status' | 'errorCode' | 'objectCount' | 'rootObjectCount' | 'url'>> };

export type CampaignDiscountByCodeQueryVariables = AdminTypes.Exact<{
  code: AdminTypes.Scalars['String']['input'];
}>;


export type CampaignDiscountByCodeQuery = { codeDiscountNodeByCode: AdminTypes.Maybe<Pick<AdminTypes.DiscountCodeNode, 'id'>> };

export type CampaignRecipientsQueryVariables = AdminTypes.Exact<{
  ids: Array<AdminTypes.Scalars['ID']['input']> | AdminTypes.Scalars['ID']['input'];
}>;


export type CampaignRecipientsQuery = { nodes: Array<AdminTypes.Maybe<(
    Pick<AdminTypes.Customer, 'id' | 'firstName' | 'locale'>
    & { defaultEmailAddress: AdminTypes.Maybe<Pick<AdminTypes.CustomerEmailAddress, 'emailAddress' | 'marketingState'>> }
  )>> };

export type ConciergeCodeByCodeQueryVariables = AdminTypes.Exact<{
  code: AdminTypes.Scalars['String']['input'];
}>;


export type ConciergeCodeByCodeQuery = { codeDiscountNodeByCode: AdminTypes.Maybe<(
    Pick<AdminTypes.DiscountCodeNode, 'id'>
    & { codeDiscount: { __typename: 'DiscountCodeApp' | 'DiscountCodeBxgy' | 'DiscountCodeFreeShipping' } | (
      { __typename: 'DiscountCodeBasic' }
      & Pick<AdminTypes.DiscountCodeBasic, 'tags'>
    ) }
  )> };

export type CustomerEmailMarketingConsentUpdateMutationVariables = AdminTypes.Exact<{
  input: AdminTypes.CustomerEmailMarketingConsentUpdateInput;
}>;


export type CustomerEmailMarketingConsentUpdateMutation = { customerEmailMarketingConsentUpdate: AdminTypes.Maybe<{ customer: AdminTypes.Maybe<(
      Pick<AdminTypes.Customer, 'id'>
      & { defaultEmailAddress: AdminTypes.Maybe<Pick<AdminTypes.CustomerEmailAddress, 'marketingState'>> }
    )>, userErrors: Array<Pick<AdminTypes.CustomerEmailMarketingConsentUpdateUserError, 'field' | 'message'>> }> };

export type CustomerNamesQueryVariables = AdminTypes.Exact<{
  ids: Array<AdminTypes.Scalars['ID']['input']> | AdminTypes.Scalars['ID']['input'];
}>;


export type CustomerNamesQuery = { nodes: Array<AdminTypes.Maybe<Pick<AdminTypes.Customer, 'id' | 'displayName'>>> };

export type CustomerProfileQueryVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
}>;


export type CustomerProfileQuery = { customer: AdminTypes.Maybe<(
    Pick<AdminTypes.Customer, 'id' | 'displayName' | 'firstName' | 'locale' | 'tags' | 'numberOfOrders' | 'createdAt'>
    & { defaultEmailAddress: AdminTypes.Maybe<Pick<AdminTypes.CustomerEmailAddress, 'emailAddress'>>, defaultPhoneNumber: AdminTypes.Maybe<Pick<AdminTypes.CustomerPhoneNumber, 'phoneNumber'>>, amountSpent: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'>, orders: { nodes: Array<(
        Pick<AdminTypes.Order, 'id' | 'name' | 'processedAt' | 'cancelledAt' | 'displayFinancialStatus' | 'displayFulfillmentStatus'>
        & { totalPriceSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
      )> } }
  )> };

export type CustomerSearchQueryVariables = AdminTypes.Exact<{
  query: AdminTypes.Scalars['String']['input'];
}>;


export type CustomerSearchQuery = { customers: { nodes: Array<Pick<AdminTypes.Customer, 'id' | 'displayName'>> } };

export type DiscountCodeBasicCreateMutationVariables = AdminTypes.Exact<{
  basicCodeDiscount: AdminTypes.DiscountCodeBasicInput;
}>;


export type DiscountCodeBasicCreateMutation = { discountCodeBasicCreate: AdminTypes.Maybe<{ codeDiscountNode: AdminTypes.Maybe<(
      Pick<AdminTypes.DiscountCodeNode, 'id'>
      & { codeDiscount: Pick<AdminTypes.DiscountCodeBasic, 'status' | 'endsAt'> }
    )>, userErrors: Array<Pick<AdminTypes.DiscountUserError, 'code' | 'field' | 'message'>> }> };

export type DiscountCodeBasicUpdateMutationVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
  basicCodeDiscount: AdminTypes.DiscountCodeBasicInput;
}>;


export type DiscountCodeBasicUpdateMutation = { discountCodeBasicUpdate: AdminTypes.Maybe<{ userErrors: Array<Pick<AdminTypes.DiscountUserError, 'field' | 'message'>> }> };

export type DiscountCodeSetActiveMutationVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
  active: AdminTypes.Scalars['Boolean']['input'];
}>;


export type DiscountCodeSetActiveMutation = { discountCodeActivate?: AdminTypes.Maybe<{ userErrors: Array<Pick<AdminTypes.DiscountUserError, 'field' | 'message'>> }>, discountCodeDeactivate?: AdminTypes.Maybe<{ userErrors: Array<Pick<AdminTypes.DiscountUserError, 'field' | 'message'>> }> };

export type DiscountRedeemCodeBulkAddMutationVariables = AdminTypes.Exact<{
  discountId: AdminTypes.Scalars['ID']['input'];
  codes: Array<AdminTypes.DiscountRedeemCodeInput> | AdminTypes.DiscountRedeemCodeInput;
}>;


export type DiscountRedeemCodeBulkAddMutation = { discountRedeemCodeBulkAdd: AdminTypes.Maybe<{ bulkCreation: AdminTypes.Maybe<Pick<AdminTypes.DiscountRedeemCodeBulkCreation, 'id'>>, userErrors: Array<Pick<AdminTypes.DiscountUserError, 'field' | 'message'>> }> };

export type ExchangeCatalogQueryVariables = AdminTypes.Exact<{
  ids: Array<AdminTypes.Scalars['ID']['input']> | AdminTypes.Scalars['ID']['input'];
}>;


export type ExchangeCatalogQuery = { nodes: Array<AdminTypes.Maybe<{ __typename: 'AbandonedCheckout' | 'AbandonedCheckoutLineItem' | 'Abandonment' | 'AddAllProductsOperation' | 'AdditionalFee' | 'AnalyticsAnnotation' | 'AnalyticsTarget' | 'App' | 'AppCatalog' | 'AppCredit' | 'AppInstallation' | 'AppPurchaseOneTime' | 'AppRevenueAttributionRecord' | 'AppSubscription' | 'AppUsageRecord' | 'Article' | 'BasicEvent' | 'Blog' | 'BulkOperation' | 'BusinessEntity' } | { __typename: 'CalculatedOrder' | 'CartTransform' | 'CashDrawer' | 'CashManagementCustomReasonCode' | 'CashManagementDefaultReasonCode' | 'CashManagementSystemReasonCode' | 'CashTrackingAdjustment' | 'CashTrackingSession' | 'CatalogCsvOperation' | 'Channel' | 'ChannelDefinition' | 'ChannelInformation' | 'CheckoutAndAccountsConfiguration' | 'CheckoutAndAccountsConfigurationOverride' | 'CheckoutProfile' | 'Collection' | 'CollectionConditionsSource' | 'CollectionSubCollectionsSource' | 'Comment' | 'CommentEvent' } | { __typename: 'Company' | 'CompanyAddress' | 'CompanyContact' | 'CompanyContactRole' | 'CompanyContactRoleAssignment' | 'CompanyLocation' | 'CompanyLocationCatalog' | 'CompanyLocationStaffMemberAssignment' | 'ConsentPolicy' | 'CurrencyExchangeAdjustment' | 'Customer' | 'CustomerAccountAppExtensionPage' | 'CustomerAccountNativePage' | 'CustomerPaymentMethod' | 'CustomerSegmentMembersQuery' | 'CustomerVisit' | 'DeliveryCarrierService' | 'DeliveryCondition' | 'DeliveryCountry' | 'DeliveryCustomization' } | { __typename: 'DeliveryLocationGroup' | 'DeliveryMethod' | 'DeliveryMethodDefinition' | 'DeliveryParticipant' | 'DeliveryProfile' | 'DeliveryProfileItem' | 'DeliveryPromiseParticipant' | 'DeliveryPromiseProvider' | 'DeliveryProvince' | 'DeliveryRateDefinition' | 'DeliveryZone' | 'DiscountAutomaticBxgy' | 'DiscountAutomaticNode' | 'DiscountCodeNode' | 'DiscountNode' | 'DiscountRedeemCodeBulkCreation' | 'Domain' | 'DraftOrder' | 'DraftOrderLineItem' | 'DraftOrderTag' } | { __typename: 'Duty' | 'ExchangeLineItem' | 'ExternalVideo' | 'Fulfillment' | 'FulfillmentConstraintRule' | 'FulfillmentEvent' | 'FulfillmentHold' | 'FulfillmentLineItem' | 'FulfillmentOrder' | 'FulfillmentOrderDestination' | 'FulfillmentOrderLineItem' | 'FulfillmentOrderMerchantRequest' | 'GenericFile' | 'GiftCard' | 'GiftCardCashOutTransaction' | 'GiftCardCreditTransaction' | 'GiftCardDebitTransaction' | 'IdentityProviderSubject' | 'InventoryAdjustmentGroup' | 'InventoryItem' } | { __typename: 'InventoryItemMeasurement' | 'InventoryLevel' | 'InventoryQuantity' | 'InventoryShipment' | 'InventoryShipmentLineItem' | 'InventoryTransfer' | 'InventoryTransferLineItem' | 'LineItem' | 'LineItemGroup' | 'Location' | 'MailingAddress' | 'Market' | 'MarketCatalog' | 'MarketRegionCountry' | 'MarketRegionSubdivision' | 'MarketWebPresence' | 'MarketingActivity' | 'MarketingEvent' | 'MediaImage' | 'Menu' } | { __typename: 'Metafield' | 'MetafieldDefinition' | 'Metaobject' | 'MetaobjectDefinition' | 'Model3d' | 'OnlineStoreTheme' | 'Order' | 'OrderAdjustment' | 'OrderAttributionDefinition' | 'OrderCancelJobResult' | 'OrderCreateMandatePaymentJobResult' | 'OrderDisputeSummary' | 'OrderEditSession' | 'OrderTransaction' | 'Page' | 'PaymentCustomization' | 'PaymentMandate' | 'PaymentSchedule' | 'PaymentTerms' | 'PaymentTermsTemplate' } | { __typename: 'PointOfSaleDevice' | 'PointOfSaleDevicePaymentSession' | 'PriceList' | 'ProductBundleOperation' | 'ProductDeleteOperation' | 'ProductDuplicateOperation' | 'ProductFeed' | 'ProductOption' | 'ProductOptionValue' | 'ProductSetOperation' | 'ProductTaxonomyNode' | 'ProductVariantComponent' | 'Publication' | 'PublicationResourceOperation' | 'QuantityPriceBreak' | 'Refund' | 'RefundShippingLine' | 'Return' | 'ReturnLineItem' | 'ReturnReasonDefinition' } | { __typename: 'ReturnableFulfillment' | 'ReverseDelivery' | 'ReverseDeliveryLineItem' | 'ReverseFulfillmentOrder' | 'ReverseFulfillmentOrderDisposition' | 'ReverseFulfillmentOrderLineItem' | 'SaleAdditionalFee' | 'SavedSearch' | 'ScriptTag' | 'Segment' | 'SellingPlan' | 'SellingPlanGroup' | 'ServerPixel' | 'ShippingLabel' | 'ShippingLabelPurchaseResult' | 'Shop' | 'ShopAddress' | 'ShopPolicy' | 'ShopifyPaymentsAccount' | 'ShopifyPaymentsBalanceTransaction' } | { __typename: 'ShopifyPaymentsBankAccount' | 'ShopifyPaymentsDispute' | 'ShopifyPaymentsDisputeEvidence' | 'ShopifyPaymentsDisputeFileUpload' | 'ShopifyPaymentsDisputeFulfillment' | 'ShopifyPaymentsPayout' | 'StaffMember' | 'StandardMetafieldDefinitionTemplate' | 'StoreCreditAccount' | 'StoreCreditAccountCreditTransaction' | 'StoreCreditAccountDebitRevertTransaction' | 'StoreCreditAccountDebitTransaction' | 'StorefrontAccessToken' | 'SubscriptionBillingAttempt' | 'SubscriptionContract' | 'SubscriptionDraft' | 'TaxonomyAttribute' | 'TaxonomyCategory' | 'TaxonomyChoiceListAttribute' | 'TaxonomyMeasurementAttribute' } | { __typename: 'TaxonomyValue' | 'TenderTransaction' | 'TransactionFee' | 'UnverifiedReturnLineItem' | 'UrlRedirect' | 'UrlRedirectImport' | 'Validation' | 'Video' | 'WebPixel' | 'WebhookSubscription' } | (
    { __typename: 'Product' }
    & Pick<AdminTypes.Product, 'id' | 'title'>
    & { options: Array<Pick<AdminTypes.ProductOption, 'name' | 'values'>>, variants: { nodes: Array<(
        Pick<AdminTypes.ProductVariant, 'id' | 'title' | 'price' | 'inventoryQuantity' | 'availableForSale'>
        & { selectedOptions: Array<Pick<AdminTypes.SelectedOption, 'name' | 'value'>>, inventoryItem: (
          Pick<AdminTypes.InventoryItem, 'id'>
          & { unitCost: AdminTypes.Maybe<Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'>> }
        ) }
      )> } }
  ) | (
    { __typename: 'ProductVariant' }
    & Pick<AdminTypes.ProductVariant, 'id' | 'title' | 'price' | 'inventoryQuantity' | 'availableForSale'>
    & { product: Pick<AdminTypes.Product, 'id' | 'title'>, selectedOptions: Array<Pick<AdminTypes.SelectedOption, 'name' | 'value'>>, inventoryItem: (
      Pick<AdminTypes.InventoryItem, 'id'>
      & { unitCost: AdminTypes.Maybe<Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'>> }
    ) }
  )>> };

export type ExchangeDraftOrderCreateMutationVariables = AdminTypes.Exact<{
  input: AdminTypes.DraftOrderInput;
}>;


export type ExchangeDraftOrderCreateMutation = { draftOrderCreate: AdminTypes.Maybe<{ draftOrder: AdminTypes.Maybe<(
      Pick<AdminTypes.DraftOrder, 'id' | 'name' | 'invoiceUrl'>
      & { totalPriceSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
    )>, userErrors: Array<Pick<AdminTypes.UserError, 'field' | 'message'>> }> };

export type ExchangeDraftOrdersQueryVariables = AdminTypes.Exact<{
  query: AdminTypes.Scalars['String']['input'];
}>;


export type ExchangeDraftOrdersQuery = { draftOrders: { nodes: Array<(
      Pick<AdminTypes.DraftOrder, 'id' | 'name' | 'invoiceUrl'>
      & { customAttributes: Array<Pick<AdminTypes.Attribute, 'key' | 'value'>> }
    )> } };

export type ExchangeOfferOptionsQueryVariables = AdminTypes.Exact<{ [key: string]: never; }>;


export type ExchangeOfferOptionsQuery = { products: { nodes: Array<Pick<AdminTypes.Product, 'id' | 'title' | 'isGiftCard' | 'status'>> }, productVariants: { nodes: Array<(
      Pick<AdminTypes.ProductVariant, 'id' | 'title' | 'price'>
      & { product: Pick<AdminTypes.Product, 'id' | 'title' | 'isGiftCard'> }
    )> }, collections: { nodes: Array<Pick<AdminTypes.Collection, 'id' | 'title'>> } };

export type ExchangeOrderQueryVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
}>;


export type ExchangeOrderQuery = { order: AdminTypes.Maybe<(
    Pick<AdminTypes.Order, 'processedAt' | 'cancelledAt' | 'currencyCode' | 'id' | 'name' | 'email' | 'phone'>
    & { customer: AdminTypes.Maybe<Pick<AdminTypes.Customer, 'displayName' | 'locale' | 'id'>>, lineItems: { nodes: Array<(
        Pick<AdminTypes.LineItem, 'id' | 'title' | 'variantTitle' | 'quantity' | 'currentQuantity' | 'isGiftCard'>
        & { discountedUnitPriceAfterAllDiscountsSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, variant: AdminTypes.Maybe<(
          Pick<AdminTypes.ProductVariant, 'id'>
          & { selectedOptions: Array<Pick<AdminTypes.SelectedOption, 'name' | 'value'>> }
        )>, product: AdminTypes.Maybe<(
          Pick<AdminTypes.Product, 'id' | 'title' | 'tags'>
          & { collections: { nodes: Array<Pick<AdminTypes.Collection, 'id'>> } }
        )> }
      )> }, fulfillments: Array<(
      Pick<AdminTypes.Fulfillment, 'status' | 'createdAt' | 'deliveredAt'>
      & { fulfillmentLineItems: { nodes: Array<(
          Pick<AdminTypes.FulfillmentLineItem, 'id' | 'quantity'>
          & { lineItem: Pick<AdminTypes.LineItem, 'id'> }
        )> } }
    )>, returns: { nodes: Array<(
        Pick<AdminTypes.Return, 'id' | 'name' | 'status'>
        & { returnLineItems: { nodes: Array<(
            Pick<AdminTypes.ReturnLineItem, 'returnReasonNote' | 'quantity'>
            & { fulfillmentLineItem: (
              Pick<AdminTypes.FulfillmentLineItem, 'id'>
              & { lineItem: Pick<AdminTypes.LineItem, 'id'> }
            ) }
          ) | Pick<AdminTypes.UnverifiedReturnLineItem, 'quantity'>> } }
      )> } }
  )>, returnableFulfillments: { nodes: Array<(
      Pick<AdminTypes.ReturnableFulfillment, 'id'>
      & { returnableFulfillmentLineItems: { nodes: Array<(
          Pick<AdminTypes.ReturnableFulfillmentLineItem, 'quantity'>
          & { fulfillmentLineItem: (
            Pick<AdminTypes.FulfillmentLineItem, 'id'>
            & { lineItem: Pick<AdminTypes.LineItem, 'id'> }
          ) }
        )> } }
    )> } };

export type ExchangeReturnCreateMutationVariables = AdminTypes.Exact<{
  input: AdminTypes.ReturnInput;
}>;


export type ExchangeReturnCreateMutation = { returnCreate: AdminTypes.Maybe<{ return: AdminTypes.Maybe<(
      Pick<AdminTypes.Return, 'id' | 'name' | 'status'>
      & { exchangeLineItems: { nodes: Array<Pick<AdminTypes.ExchangeLineItem, 'id' | 'variantId' | 'quantity'>> } }
    )>, userErrors: Array<Pick<AdminTypes.ReturnUserError, 'field' | 'message'>> }> };

export type ExchangeReturnLinesQueryVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
}>;


export type ExchangeReturnLinesQuery = { return: AdminTypes.Maybe<(
    Pick<AdminTypes.Return, 'id' | 'name'>
    & { exchangeLineItems: { nodes: Array<Pick<AdminTypes.ExchangeLineItem, 'id' | 'quantity' | 'processedQuantity'>> } }
  )> };

export type FlowTriggerReceiveMutationVariables = AdminTypes.Exact<{
  handle: AdminTypes.Scalars['String']['input'];
  payload: AdminTypes.Scalars['JSON']['input'];
}>;


export type FlowTriggerReceiveMutation = { flowTriggerReceive: AdminTypes.Maybe<{ userErrors: Array<Pick<AdminTypes.UserError, 'field' | 'message'>> }> };

export type DeskOrderFieldsFragment = (
  Pick<AdminTypes.Order, 'id' | 'name' | 'processedAt' | 'cancelledAt' | 'displayFinancialStatus' | 'displayFulfillmentStatus'>
  & { totalPriceSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
);

export type DiscountCodeNodeFieldsFragment = (
  Pick<AdminTypes.DiscountCodeNode, 'id'>
  & { codeDiscount: Pick<AdminTypes.DiscountCodeBasic, 'status' | 'endsAt'> }
);

export type EmailRecipientFieldsFragment = (
  Pick<AdminTypes.Customer, 'id' | 'firstName' | 'locale'>
  & { defaultEmailAddress: AdminTypes.Maybe<Pick<AdminTypes.CustomerEmailAddress, 'emailAddress' | 'marketingState'>> }
);

export type ExchangeCatalogVariantFieldsFragment = (
  Pick<AdminTypes.ProductVariant, 'id' | 'title' | 'price' | 'inventoryQuantity' | 'availableForSale'>
  & { selectedOptions: Array<Pick<AdminTypes.SelectedOption, 'name' | 'value'>>, inventoryItem: (
    Pick<AdminTypes.InventoryItem, 'id'>
    & { unitCost: AdminTypes.Maybe<Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'>> }
  ) }
);

export type OrderContactFieldsFragment = (
  Pick<AdminTypes.Order, 'id' | 'name' | 'email' | 'phone'>
  & { customer: AdminTypes.Maybe<Pick<AdminTypes.Customer, 'id'>> }
);

export type ReturnLineValueFieldsFragment = { withCodeDiscountedTotalPriceSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } };

type UserErrorFields_AbandonmentEmailStateUpdateUserError_Fragment = Pick<AdminTypes.AbandonmentEmailStateUpdateUserError, 'field' | 'message'>;

type UserErrorFields_AbandonmentUpdateActivitiesDeliveryStatusesUserError_Fragment = Pick<AdminTypes.AbandonmentUpdateActivitiesDeliveryStatusesUserError, 'field' | 'message'>;

type UserErrorFields_AnalyticsAnnotationCreateUserError_Fragment = Pick<AdminTypes.AnalyticsAnnotationCreateUserError, 'field' | 'message'>;

type UserErrorFields_AnalyticsAnnotationDeleteUserError_Fragment = Pick<AdminTypes.AnalyticsAnnotationDeleteUserError, 'field' | 'message'>;

type UserErrorFields_AnalyticsAnnotationUpdateUserError_Fragment = Pick<AdminTypes.AnalyticsAnnotationUpdateUserError, 'field' | 'message'>;

type UserErrorFields_AnalyticsTargetCreateUserError_Fragment = Pick<AdminTypes.AnalyticsTargetCreateUserError, 'field' | 'message'>;

type UserErrorFields_AnalyticsTargetUpdateUserError_Fragment = Pick<AdminTypes.AnalyticsTargetUpdateUserError, 'field' | 'message'>;

type UserErrorFields_AnalyticsTargetsDeleteUserError_Fragment = Pick<AdminTypes.AnalyticsTargetsDeleteUserError, 'field' | 'message'>;

type UserErrorFields_AppRevokeAccessScopesAppRevokeScopeError_Fragment = Pick<AdminTypes.AppRevokeAccessScopesAppRevokeScopeError, 'field' | 'message'>;

type UserErrorFields_AppSubscriptionTrialExtendUserError_Fragment = Pick<AdminTypes.AppSubscriptionTrialExtendUserError, 'field' | 'message'>;

type UserErrorFields_AppUninstallAppUninstallError_Fragment = Pick<AdminTypes.AppUninstallAppUninstallError, 'field' | 'message'>;

type UserErrorFields_ArticleCreateUserError_Fragment = Pick<AdminTypes.ArticleCreateUserError, 'field' | 'message'>;

type UserErrorFields_ArticleDeleteUserError_Fragment = Pick<AdminTypes.ArticleDeleteUserError, 'field' | 'message'>;

type UserErrorFields_ArticleUpdateUserError_Fragment = Pick<AdminTypes.ArticleUpdateUserError, 'field' | 'message'>;

type UserErrorFields_BillingAttemptUserError_Fragment = Pick<AdminTypes.BillingAttemptUserError, 'field' | 'message'>;

type UserErrorFields_BlogCreateUserError_Fragment = Pick<AdminTypes.BlogCreateUserError, 'field' | 'message'>;

type UserErrorFields_BlogDeleteUserError_Fragment = Pick<AdminTypes.BlogDeleteUserError, 'field' | 'message'>;

type UserErrorFields_BlogUpdateUserError_Fragment = Pick<AdminTypes.BlogUpdateUserError, 'field' | 'message'>;

type UserErrorFields_BulkMutationUserError_Fragment = Pick<AdminTypes.BulkMutationUserError, 'field' | 'message'>;

type UserErrorFields_BulkOperationUserError_Fragment = Pick<AdminTypes.BulkOperationUserError, 'field' | 'message'>;

type UserErrorFields_BulkProductResourceFeedbackCreateUserError_Fragment = Pick<AdminTypes.BulkProductResourceFeedbackCreateUserError, 'field' | 'message'>;

type UserErrorFields_BusinessCustomerUserError_Fragment = Pick<AdminTypes.BusinessCustomerUserError, 'field' | 'message'>;

type UserErrorFields_CarrierServiceCreateUserError_Fragment = Pick<AdminTypes.CarrierServiceCreateUserError, 'field' | 'message'>;

type UserErrorFields_CarrierServiceDeleteUserError_Fragment = Pick<AdminTypes.CarrierServiceDeleteUserError, 'field' | 'message'>;

type UserErrorFields_CarrierServiceUpdateUserError_Fragment = Pick<AdminTypes.CarrierServiceUpdateUserError, 'field' | 'message'>;

type UserErrorFields_CartTransformCreateUserError_Fragment = Pick<AdminTypes.CartTransformCreateUserError, 'field' | 'message'>;

type UserErrorFields_CartTransformDeleteUserError_Fragment = Pick<AdminTypes.CartTransformDeleteUserError, 'field' | 'message'>;

type UserErrorFields_CashDrawerCreateUserError_Fragment = Pick<AdminTypes.CashDrawerCreateUserError, 'field' | 'message'>;

type UserErrorFields_CashDrawerFindOrCreateUserError_Fragment = Pick<AdminTypes.CashDrawerFindOrCreateUserError, 'field' | 'message'>;

type UserErrorFields_CashDrawerUpdateUserError_Fragment = Pick<AdminTypes.CashDrawerUpdateUserError, 'field' | 'message'>;

type UserErrorFields_CashManagementReasonCodeCreateUserError_Fragment = Pick<AdminTypes.CashManagementReasonCodeCreateUserError, 'field' | 'message'>;

type UserErrorFields_CashManagementReasonCodeDeleteUserError_Fragment = Pick<AdminTypes.CashManagementReasonCodeDeleteUserError, 'field' | 'message'>;

type UserErrorFields_CatalogUserError_Fragment = Pick<AdminTypes.CatalogUserError, 'field' | 'message'>;

type UserErrorFields_ChannelCreateUserError_Fragment = Pick<AdminTypes.ChannelCreateUserError, 'field' | 'message'>;

type UserErrorFields_ChannelDeleteUserError_Fragment = Pick<AdminTypes.ChannelDeleteUserError, 'field' | 'message'>;

type UserErrorFields_ChannelFullSyncUserError_Fragment = Pick<AdminTypes.ChannelFullSyncUserError, 'field' | 'message'>;

type UserErrorFields_ChannelUpdateUserError_Fragment = Pick<AdminTypes.ChannelUpdateUserError, 'field' | 'message'>;

type UserErrorFields_CheckoutAndAccountsConfigurationUserError_Fragment = Pick<AdminTypes.CheckoutAndAccountsConfigurationUserError, 'field' | 'message'>;

type UserErrorFields_CheckoutBrandingUpsertUserError_Fragment = Pick<AdminTypes.CheckoutBrandingUpsertUserError, 'field' | 'message'>;

type UserErrorFields_CollectionAddProductsV2UserError_Fragment = Pick<AdminTypes.CollectionAddProductsV2UserError, 'field' | 'message'>;

type UserErrorFields_CollectionDuplicateUserError_Fragment = Pick<AdminTypes.CollectionDuplicateUserError, 'field' | 'message'>;

type UserErrorFields_CollectionReorderProductsUserError_Fragment = Pick<AdminTypes.CollectionReorderProductsUserError, 'field' | 'message'>;

type UserErrorFields_CombinedListingUpdateUserError_Fragment = Pick<AdminTypes.CombinedListingUpdateUserError, 'field' | 'message'>;

type UserErrorFields_CommentApproveUserError_Fragment = Pick<AdminTypes.CommentApproveUserError, 'field' | 'message'>;

type UserErrorFields_CommentDeleteUserError_Fragment = Pick<AdminTypes.CommentDeleteUserError, 'field' | 'message'>;

type UserErrorFields_CommentNotSpamUserError_Fragment = Pick<AdminTypes.CommentNotSpamUserError, 'field' | 'message'>;

type UserErrorFields_CommentSpamUserError_Fragment = Pick<AdminTypes.CommentSpamUserError, 'field' | 'message'>;

type UserErrorFields_ConsentPolicyError_Fragment = Pick<AdminTypes.ConsentPolicyError, 'field' | 'message'>;

type UserErrorFields_CustomerCancelDataErasureUserError_Fragment = Pick<AdminTypes.CustomerCancelDataErasureUserError, 'field' | 'message'>;

type UserErrorFields_CustomerEmailMarketingConsentUpdateUserError_Fragment = Pick<AdminTypes.CustomerEmailMarketingConsentUpdateUserError, 'field' | 'message'>;

type UserErrorFields_CustomerMarketingConsentError_Fragment = Pick<AdminTypes.CustomerMarketingConsentError, 'field' | 'message'>;

type UserErrorFields_CustomerMergeUserError_Fragment = Pick<AdminTypes.CustomerMergeUserError, 'field' | 'message'>;

type UserErrorFields_CustomerPaymentMethodGetUpdateUrlUserError_Fragment = Pick<AdminTypes.CustomerPaymentMethodGetUpdateUrlUserError, 'field' | 'message'>;

type UserErrorFields_CustomerPaymentMethodRemoteUserError_Fragment = Pick<AdminTypes.CustomerPaymentMethodRemoteUserError, 'field' | 'message'>;

type UserErrorFields_CustomerPaymentMethodUserError_Fragment = Pick<AdminTypes.CustomerPaymentMethodUserError, 'field' | 'message'>;

type UserErrorFields_CustomerRequestDataErasureUserError_Fragment = Pick<AdminTypes.CustomerRequestDataErasureUserError, 'field' | 'message'>;

type UserErrorFields_CustomerSegmentMembersQueryUserError_Fragment = Pick<AdminTypes.CustomerSegmentMembersQueryUserError, 'field' | 'message'>;

type UserErrorFields_CustomerSendAccountInviteEmailUserError_Fragment = Pick<AdminTypes.CustomerSendAccountInviteEmailUserError, 'field' | 'message'>;

type UserErrorFields_CustomerSetUserError_Fragment = Pick<AdminTypes.CustomerSetUserError, 'field' | 'message'>;

type UserErrorFields_CustomerSmsMarketingConsentError_Fragment = Pick<AdminTypes.CustomerSmsMarketingConsentError, 'field' | 'message'>;

type UserErrorFields_DataSaleOptOutUserError_Fragment = Pick<AdminTypes.DataSaleOptOutUserError, 'field' | 'message'>;

type UserErrorFields_DelegateAccessTokenCreateUserError_Fragment = Pick<AdminTypes.DelegateAccessTokenCreateUserError, 'field' | 'message'>;

type UserErrorFields_DelegateAccessTokenDestroyUserError_Fragment = Pick<AdminTypes.DelegateAccessTokenDestroyUserError, 'field' | 'message'>;

type UserErrorFields_DeliveryCustomizationError_Fragment = Pick<AdminTypes.DeliveryCustomizationError, 'field' | 'message'>;

type UserErrorFields_DeliveryLocationLocalPickupSettingsError_Fragment = Pick<AdminTypes.DeliveryLocationLocalPickupSettingsError, 'field' | 'message'>;

type UserErrorFields_DeliveryPromiseProviderUpsertUserError_Fragment = Pick<AdminTypes.DeliveryPromiseProviderUpsertUserError, 'field' | 'message'>;

type UserErrorFields_DiscountUserError_Fragment = Pick<AdminTypes.DiscountUserError, 'field' | 'message'>;

type UserErrorFields_DisputeEvidenceUpdateUserError_Fragment = Pick<AdminTypes.DisputeEvidenceUpdateUserError, 'field' | 'message'>;

type UserErrorFields_ErrorsServerPixelUserError_Fragment = Pick<AdminTypes.ErrorsServerPixelUserError, 'field' | 'message'>;

type UserErrorFields_ErrorsWebPixelUserError_Fragment = Pick<AdminTypes.ErrorsWebPixelUserError, 'field' | 'message'>;

type UserErrorFields_FilesUserError_Fragment = Pick<AdminTypes.FilesUserError, 'field' | 'message'>;

type UserErrorFields_FulfillmentConstraintRuleCreateUserError_Fragment = Pick<AdminTypes.FulfillmentConstraintRuleCreateUserError, 'field' | 'message'>;

type UserErrorFields_FulfillmentConstraintRuleDeleteUserError_Fragment = Pick<AdminTypes.FulfillmentConstraintRuleDeleteUserError, 'field' | 'message'>;

type UserErrorFields_FulfillmentConstraintRuleUpdateUserError_Fragment = Pick<AdminTypes.FulfillmentConstraintRuleUpdateUserError, 'field' | 'message'>;

type UserErrorFields_FulfillmentOrderCancelError_Fragment = Pick<AdminTypes.FulfillmentOrderCancelError, 'field' | 'message'>;

type UserErrorFields_FulfillmentOrderHoldUserError_Fragment = Pick<AdminTypes.FulfillmentOrderHoldUserError, 'field' | 'message'>;

type UserErrorFields_FulfillmentOrderLineItemsPreparedForPickupUserError_Fragment = Pick<AdminTypes.FulfillmentOrderLineItemsPreparedForPickupUserError, 'field' | 'message'>;

type UserErrorFields_FulfillmentOrderMergeUserError_Fragment = Pick<AdminTypes.FulfillmentOrderMergeUserError, 'field' | 'message'>;

type UserErrorFields_FulfillmentOrderMoveFulfillmentOrderMoveUserError_Fragment = Pick<AdminTypes.FulfillmentOrderMoveFulfillmentOrderMoveUserError, 'field' | 'message'>;

type UserErrorFields_FulfillmentOrderReleaseHoldUserError_Fragment = Pick<AdminTypes.FulfillmentOrderReleaseHoldUserError, 'field' | 'message'>;

type UserErrorFields_FulfillmentOrderReportProgressUserError_Fragment = Pick<AdminTypes.FulfillmentOrderReportProgressUserError, 'field' | 'message'>;

type UserErrorFields_FulfillmentOrderRescheduleUserError_Fragment = Pick<AdminTypes.FulfillmentOrderRescheduleUserError, 'field' | 'message'>;

type UserErrorFields_FulfillmentOrderSplitUserError_Fragment = Pick<AdminTypes.FulfillmentOrderSplitUserError, 'field' | 'message'>;

type UserErrorFields_FulfillmentOrdersRerouteUserError_Fragment = Pick<AdminTypes.FulfillmentOrdersRerouteUserError, 'field' | 'message'>;

type UserErrorFields_FulfillmentOrdersSetFulfillmentDeadlineUserError_Fragment = Pick<AdminTypes.FulfillmentOrdersSetFulfillmentDeadlineUserError, 'field' | 'message'>;

type UserErrorFields_GiftCardDeactivateUserError_Fragment = Pick<AdminTypes.GiftCardDeactivateUserError, 'field' | 'message'>;

type UserErrorFields_GiftCardProductSetUserError_Fragment = Pick<AdminTypes.GiftCardProductSetUserError, 'field' | 'message'>;

type UserErrorFields_GiftCardSendNotificationToCustomerUserError_Fragment = Pick<AdminTypes.GiftCardSendNotificationToCustomerUserError, 'field' | 'message'>;

type UserErrorFields_GiftCardSendNotificationToRecipientUserError_Fragment = Pick<AdminTypes.GiftCardSendNotificationToRecipientUserError, 'field' | 'message'>;

type UserErrorFields_GiftCardTransactionUserError_Fragment = Pick<AdminTypes.GiftCardTransactionUserError, 'field' | 'message'>;

type UserErrorFields_GiftCardUserError_Fragment = Pick<AdminTypes.GiftCardUserError, 'field' | 'message'>;

type UserErrorFields_InventoryAdjustQuantitiesUserError_Fragment = Pick<AdminTypes.InventoryAdjustQuantitiesUserError, 'field' | 'message'>;

type UserErrorFields_InventoryBulkToggleActivationUserError_Fragment = Pick<AdminTypes.InventoryBulkToggleActivationUserError, 'field' | 'message'>;

type UserErrorFields_InventoryMoveQuantitiesUserError_Fragment = Pick<AdminTypes.InventoryMoveQuantitiesUserError, 'field' | 'message'>;

type UserErrorFields_InventorySetOnHandQuantitiesUserError_Fragment = Pick<AdminTypes.InventorySetOnHandQuantitiesUserError, 'field' | 'message'>;

type UserErrorFields_InventorySetQuantitiesUserError_Fragment = Pick<AdminTypes.InventorySetQuantitiesUserError, 'field' | 'message'>;

type UserErrorFields_InventoryShipmentAddItemsUserError_Fragment = Pick<AdminTypes.InventoryShipmentAddItemsUserError, 'field' | 'message'>;

type UserErrorFields_InventoryShipmentCreateInTransitUserError_Fragment = Pick<AdminTypes.InventoryShipmentCreateInTransitUserError, 'field' | 'message'>;

type UserErrorFields_InventoryShipmentCreateUserError_Fragment = Pick<AdminTypes.InventoryShipmentCreateUserError, 'field' | 'message'>;

type UserErrorFields_InventoryShipmentDeleteUserError_Fragment = Pick<AdminTypes.InventoryShipmentDeleteUserError, 'field' | 'message'>;

type UserErrorFields_InventoryShipmentMarkInTransitUserError_Fragment = Pick<AdminTypes.InventoryShipmentMarkInTransitUserError, 'field' | 'message'>;

type UserErrorFields_InventoryShipmentReceiveUserError_Fragment = Pick<AdminTypes.InventoryShipmentReceiveUserError, 'field' | 'message'>;

type UserErrorFields_InventoryShipmentRemoveItemsUserError_Fragment = Pick<AdminTypes.InventoryShipmentRemoveItemsUserError, 'field' | 'message'>;

type UserErrorFields_InventoryShipmentSetBarcodeUserError_Fragment = Pick<AdminTypes.InventoryShipmentSetBarcodeUserError, 'field' | 'message'>;

type UserErrorFields_InventoryShipmentSetTrackingUserError_Fragment = Pick<AdminTypes.InventoryShipmentSetTrackingUserError, 'field' | 'message'>;

type UserErrorFields_InventoryShipmentUpdateItemQuantitiesUserError_Fragment = Pick<AdminTypes.InventoryShipmentUpdateItemQuantitiesUserError, 'field' | 'message'>;

type UserErrorFields_InventoryTransferCancelUserError_Fragment = Pick<AdminTypes.InventoryTransferCancelUserError, 'field' | 'message'>;

type UserErrorFields_InventoryTransferCreateAsReadyToShipUserError_Fragment = Pick<AdminTypes.InventoryTransferCreateAsReadyToShipUserError, 'field' | 'message'>;

type UserErrorFields_InventoryTransferCreateUserError_Fragment = Pick<AdminTypes.InventoryTransferCreateUserError, 'field' | 'message'>;

type UserErrorFields_InventoryTransferDeleteUserError_Fragment = Pick<AdminTypes.InventoryTransferDeleteUserError, 'field' | 'message'>;

type UserErrorFields_InventoryTransferDuplicateUserError_Fragment = Pick<AdminTypes.InventoryTransferDuplicateUserError, 'field' | 'message'>;

type UserErrorFields_InventoryTransferEditUserError_Fragment = Pick<AdminTypes.InventoryTransferEditUserError, 'field' | 'message'>;

type UserErrorFields_InventoryTransferMarkAsReadyToShipUserError_Fragment = Pick<AdminTypes.InventoryTransferMarkAsReadyToShipUserError, 'field' | 'message'>;

type UserErrorFields_InventoryTransferRemoveItemsUserError_Fragment = Pick<AdminTypes.InventoryTransferRemoveItemsUserError, 'field' | 'message'>;

type UserErrorFields_InventoryTransferSetItemsUserError_Fragment = Pick<AdminTypes.InventoryTransferSetItemsUserError, 'field' | 'message'>;

type UserErrorFields_LocationActivateUserError_Fragment = Pick<AdminTypes.LocationActivateUserError, 'field' | 'message'>;

type UserErrorFields_LocationAddUserError_Fragment = Pick<AdminTypes.LocationAddUserError, 'field' | 'message'>;

type UserErrorFields_LocationDeactivateUserError_Fragment = Pick<AdminTypes.LocationDeactivateUserError, 'field' | 'message'>;

type UserErrorFields_LocationDeleteUserError_Fragment = Pick<AdminTypes.LocationDeleteUserError, 'field' | 'message'>;

type UserErrorFields_LocationEditUserError_Fragment = Pick<AdminTypes.LocationEditUserError, 'field' | 'message'>;

type UserErrorFields_MarketCurrencySettingsUserError_Fragment = Pick<AdminTypes.MarketCurrencySettingsUserError, 'field' | 'message'>;

type UserErrorFields_MarketUserError_Fragment = Pick<AdminTypes.MarketUserError, 'field' | 'message'>;

type UserErrorFields_MarketingActivityUserError_Fragment = Pick<AdminTypes.MarketingActivityUserError, 'field' | 'message'>;

type UserErrorFields_MediaUserError_Fragment = Pick<AdminTypes.MediaUserError, 'field' | 'message'>;

type UserErrorFields_MenuCreateUserError_Fragment = Pick<AdminTypes.MenuCreateUserError, 'field' | 'message'>;

type UserErrorFields_MenuDeleteUserError_Fragment = Pick<AdminTypes.MenuDeleteUserError, 'field' | 'message'>;

type UserErrorFields_MenuUpdateUserError_Fragment = Pick<AdminTypes.MenuUpdateUserError, 'field' | 'message'>;

type UserErrorFields_MetafieldDefinitionCreateUserError_Fragment = Pick<AdminTypes.MetafieldDefinitionCreateUserError, 'field' | 'message'>;

type UserErrorFields_MetafieldDefinitionDeleteUserError_Fragment = Pick<AdminTypes.MetafieldDefinitionDeleteUserError, 'field' | 'message'>;

type UserErrorFields_MetafieldDefinitionPinUserError_Fragment = Pick<AdminTypes.MetafieldDefinitionPinUserError, 'field' | 'message'>;

type UserErrorFields_MetafieldDefinitionUnpinUserError_Fragment = Pick<AdminTypes.MetafieldDefinitionUnpinUserError, 'field' | 'message'>;

type UserErrorFields_MetafieldDefinitionUpdateUserError_Fragment = Pick<AdminTypes.MetafieldDefinitionUpdateUserError, 'field' | 'message'>;

type UserErrorFields_MetafieldsSetUserError_Fragment = Pick<AdminTypes.MetafieldsSetUserError, 'field' | 'message'>;

type UserErrorFields_MetaobjectUserError_Fragment = Pick<AdminTypes.MetaobjectUserError, 'field' | 'message'>;

type UserErrorFields_MobilePlatformApplicationUserError_Fragment = Pick<AdminTypes.MobilePlatformApplicationUserError, 'field' | 'message'>;

type UserErrorFields_OnlineStoreThemeFilesUserErrors_Fragment = Pick<AdminTypes.OnlineStoreThemeFilesUserErrors, 'field' | 'message'>;

type UserErrorFields_OrderAttributionDefinitionDeleteUserError_Fragment = Pick<AdminTypes.OrderAttributionDefinitionDeleteUserError, 'field' | 'message'>;

type UserErrorFields_OrderAttributionDefinitionUpsertUserError_Fragment = Pick<AdminTypes.OrderAttributionDefinitionUpsertUserError, 'field' | 'message'>;

type UserErrorFields_OrderCancelUserError_Fragment = Pick<AdminTypes.OrderCancelUserError, 'field' | 'message'>;

type UserErrorFields_OrderCreateMandatePaymentUserError_Fragment = Pick<AdminTypes.OrderCreateMandatePaymentUserError, 'field' | 'message'>;

type UserErrorFields_OrderCreateManualPaymentOrderCreateManualPaymentError_Fragment = Pick<AdminTypes.OrderCreateManualPaymentOrderCreateManualPaymentError, 'field' | 'message'>;

type UserErrorFields_OrderCreateUserError_Fragment = Pick<AdminTypes.OrderCreateUserError, 'field' | 'message'>;

type UserErrorFields_OrderCustomerRemoveUserError_Fragment = Pick<AdminTypes.OrderCustomerRemoveUserError, 'field' | 'message'>;

type UserErrorFields_OrderCustomerSetUserError_Fragment = Pick<AdminTypes.OrderCustomerSetUserError, 'field' | 'message'>;

type UserErrorFields_OrderDeleteUserError_Fragment = Pick<AdminTypes.OrderDeleteUserError, 'field' | 'message'>;

type UserErrorFields_OrderEditAddShippingLineUserError_Fragment = Pick<AdminTypes.OrderEditAddShippingLineUserError, 'field' | 'message'>;

type UserErrorFields_OrderEditRemoveDiscountUserError_Fragment = Pick<AdminTypes.OrderEditRemoveDiscountUserError, 'field' | 'message'>;

type UserErrorFields_OrderEditRemoveShippingLineUserError_Fragment = Pick<AdminTypes.OrderEditRemoveShippingLineUserError, 'field' | 'message'>;

type UserErrorFields_OrderEditUpdateDiscountUserError_Fragment = Pick<AdminTypes.OrderEditUpdateDiscountUserError, 'field' | 'message'>;

type UserErrorFields_OrderEditUpdateShippingLineUserError_Fragment = Pick<AdminTypes.OrderEditUpdateShippingLineUserError, 'field' | 'message'>;

type UserErrorFields_OrderInvoiceSendUserError_Fragment = Pick<AdminTypes.OrderInvoiceSendUserError, 'field' | 'message'>;

type UserErrorFields_OrderRiskAssessmentCreateUserError_Fragment = Pick<AdminTypes.OrderRiskAssessmentCreateUserError, 'field' | 'message'>;

type UserErrorFields_PageCreateUserError_Fragment = Pick<AdminTypes.PageCreateUserError, 'field' | 'message'>;

type UserErrorFields_PageDeleteUserError_Fragment = Pick<AdminTypes.PageDeleteUserError, 'field' | 'message'>;

type UserErrorFields_PageUpdateUserError_Fragment = Pick<AdminTypes.PageUpdateUserError, 'field' | 'message'>;

type UserErrorFields_PaymentCustomizationError_Fragment = Pick<AdminTypes.PaymentCustomizationError, 'field' | 'message'>;

type UserErrorFields_PaymentReminderSendUserError_Fragment = Pick<AdminTypes.PaymentReminderSendUserError, 'field' | 'message'>;

type UserErrorFields_PaymentScheduleCaptureUserError_Fragment = Pick<AdminTypes.PaymentScheduleCaptureUserError, 'field' | 'message'>;

type UserErrorFields_PaymentTermsCreateUserError_Fragment = Pick<AdminTypes.PaymentTermsCreateUserError, 'field' | 'message'>;

type UserErrorFields_PaymentTermsDeleteUserError_Fragment = Pick<AdminTypes.PaymentTermsDeleteUserError, 'field' | 'message'>;

type UserErrorFields_PaymentTermsUpdateUserError_Fragment = Pick<AdminTypes.PaymentTermsUpdateUserError, 'field' | 'message'>;

type UserErrorFields_PointOfSaleDeviceAssignToCashDrawerUserError_Fragment = Pick<AdminTypes.PointOfSaleDeviceAssignToCashDrawerUserError, 'field' | 'message'>;

type UserErrorFields_PointOfSaleDevicePaymentSessionCloseUserError_Fragment = Pick<AdminTypes.PointOfSaleDevicePaymentSessionCloseUserError, 'field' | 'message'>;

type UserErrorFields_PointOfSaleDevicePaymentSessionCountUserError_Fragment = Pick<AdminTypes.PointOfSaleDevicePaymentSessionCountUserError, 'field' | 'message'>;

type UserErrorFields_PointOfSaleDevicePaymentSessionOpenUserError_Fragment = Pick<AdminTypes.PointOfSaleDevicePaymentSessionOpenUserError, 'field' | 'message'>;

type UserErrorFields_PriceListFixedPricesByProductBulkUpdateUserError_Fragment = Pick<AdminTypes.PriceListFixedPricesByProductBulkUpdateUserError, 'field' | 'message'>;

type UserErrorFields_PriceListPriceUserError_Fragment = Pick<AdminTypes.PriceListPriceUserError, 'field' | 'message'>;

type UserErrorFields_PriceListUserError_Fragment = Pick<AdminTypes.PriceListUserError, 'field' | 'message'>;

type UserErrorFields_PrivacyFeaturesDisableUserError_Fragment = Pick<AdminTypes.PrivacyFeaturesDisableUserError, 'field' | 'message'>;

type UserErrorFields_ProductBundleMutationUserError_Fragment = Pick<AdminTypes.ProductBundleMutationUserError, 'field' | 'message'>;

type UserErrorFields_ProductChangeStatusUserError_Fragment = Pick<AdminTypes.ProductChangeStatusUserError, 'field' | 'message'>;

type UserErrorFields_ProductFeedCreateUserError_Fragment = Pick<AdminTypes.ProductFeedCreateUserError, 'field' | 'message'>;

type UserErrorFields_ProductFeedDeleteUserError_Fragment = Pick<AdminTypes.ProductFeedDeleteUserError, 'field' | 'message'>;

type UserErrorFields_ProductFullSyncUserError_Fragment = Pick<AdminTypes.ProductFullSyncUserError, 'field' | 'message'>;

type UserErrorFields_ProductOptionUpdateUserError_Fragment = Pick<AdminTypes.ProductOptionUpdateUserError, 'field' | 'message'>;

type UserErrorFields_ProductOptionsCreateUserError_Fragment = Pick<AdminTypes.ProductOptionsCreateUserError, 'field' | 'message'>;

type UserErrorFields_ProductOptionsDeleteUserError_Fragment = Pick<AdminTypes.ProductOptionsDeleteUserError, 'field' | 'message'>;

type UserErrorFields_ProductOptionsReorderUserError_Fragment = Pick<AdminTypes.ProductOptionsReorderUserError, 'field' | 'message'>;

type UserErrorFields_ProductSetUserError_Fragment = Pick<AdminTypes.ProductSetUserError, 'field' | 'message'>;

type UserErrorFields_ProductVariantRelationshipBulkUpdateUserError_Fragment = Pick<AdminTypes.ProductVariantRelationshipBulkUpdateUserError, 'field' | 'message'>;

type UserErrorFields_ProductVariantsBulkCreateUserError_Fragment = Pick<AdminTypes.ProductVariantsBulkCreateUserError, 'field' | 'message'>;

type UserErrorFields_ProductVariantsBulkDeleteUserError_Fragment = Pick<AdminTypes.ProductVariantsBulkDeleteUserError, 'field' | 'message'>;

type UserErrorFields_ProductVariantsBulkReorderUserError_Fragment = Pick<AdminTypes.ProductVariantsBulkReorderUserError, 'field' | 'message'>;

type UserErrorFields_ProductVariantsBulkUpdateUserError_Fragment = Pick<AdminTypes.ProductVariantsBulkUpdateUserError, 'field' | 'message'>;

type UserErrorFields_PubSubWebhookSubscriptionCreateUserError_Fragment = Pick<AdminTypes.PubSubWebhookSubscriptionCreateUserError, 'field' | 'message'>;

type UserErrorFields_PubSubWebhookSubscriptionUpdateUserError_Fragment = Pick<AdminTypes.PubSubWebhookSubscriptionUpdateUserError, 'field' | 'message'>;

type UserErrorFields_PublicationUserError_Fragment = Pick<AdminTypes.PublicationUserError, 'field' | 'message'>;

type UserErrorFields_QuantityPricingByVariantUserError_Fragment = Pick<AdminTypes.QuantityPricingByVariantUserError, 'field' | 'message'>;

type UserErrorFields_QuantityRuleUserError_Fragment = Pick<AdminTypes.QuantityRuleUserError, 'field' | 'message'>;

type UserErrorFields_ReturnUserError_Fragment = Pick<AdminTypes.ReturnUserError, 'field' | 'message'>;

type UserErrorFields_SellingPlanGroupUserError_Fragment = Pick<AdminTypes.SellingPlanGroupUserError, 'field' | 'message'>;

type UserErrorFields_ShippingLabelPurchaseError_Fragment = Pick<AdminTypes.ShippingLabelPurchaseError, 'field' | 'message'>;

type UserErrorFields_ShippingLabelPurchaseUserError_Fragment = Pick<AdminTypes.ShippingLabelPurchaseUserError, 'field' | 'message'>;

type UserErrorFields_ShopPolicyUserError_Fragment = Pick<AdminTypes.ShopPolicyUserError, 'field' | 'message'>;

type UserErrorFields_ShopResourceFeedbackCreateUserError_Fragment = Pick<AdminTypes.ShopResourceFeedbackCreateUserError, 'field' | 'message'>;

type UserErrorFields_ShopifyPaymentsPayoutAlternateCurrencyCreateUserError_Fragment = Pick<AdminTypes.ShopifyPaymentsPayoutAlternateCurrencyCreateUserError, 'field' | 'message'>;

type UserErrorFields_StandardMetafieldDefinitionEnableUserError_Fragment = Pick<AdminTypes.StandardMetafieldDefinitionEnableUserError, 'field' | 'message'>;

type UserErrorFields_StoreCreditAccountCreditUserError_Fragment = Pick<AdminTypes.StoreCreditAccountCreditUserError, 'field' | 'message'>;

type UserErrorFields_StoreCreditAccountDebitUserError_Fragment = Pick<AdminTypes.StoreCreditAccountDebitUserError, 'field' | 'message'>;

type UserErrorFields_SubscriptionBillingCycleBulkUserError_Fragment = Pick<AdminTypes.SubscriptionBillingCycleBulkUserError, 'field' | 'message'>;

type UserErrorFields_SubscriptionBillingCycleSkipUserError_Fragment = Pick<AdminTypes.SubscriptionBillingCycleSkipUserError, 'field' | 'message'>;

type UserErrorFields_SubscriptionBillingCycleUnskipUserError_Fragment = Pick<AdminTypes.SubscriptionBillingCycleUnskipUserError, 'field' | 'message'>;

type UserErrorFields_SubscriptionBillingCycleUserError_Fragment = Pick<AdminTypes.SubscriptionBillingCycleUserError, 'field' | 'message'>;

type UserErrorFields_SubscriptionContractStatusUpdateUserError_Fragment = Pick<AdminTypes.SubscriptionContractStatusUpdateUserError, 'field' | 'message'>;

type UserErrorFields_SubscriptionContractUserError_Fragment = Pick<AdminTypes.SubscriptionContractUserError, 'field' | 'message'>;

type UserErrorFields_SubscriptionDraftUserError_Fragment = Pick<AdminTypes.SubscriptionDraftUserError, 'field' | 'message'>;

type UserErrorFields_TaxAppConfigureUserError_Fragment = Pick<AdminTypes.TaxAppConfigureUserError, 'field' | 'message'>;

type UserErrorFields_TaxSummaryCreateUserError_Fragment = Pick<AdminTypes.TaxSummaryCreateUserError, 'field' | 'message'>;

type UserErrorFields_ThemeCreateUserError_Fragment = Pick<AdminTypes.ThemeCreateUserError, 'field' | 'message'>;

type UserErrorFields_ThemeDeleteUserError_Fragment = Pick<AdminTypes.ThemeDeleteUserError, 'field' | 'message'>;

type UserErrorFields_ThemeDuplicateUserError_Fragment = Pick<AdminTypes.ThemeDuplicateUserError, 'field' | 'message'>;

type UserErrorFields_ThemePublishUserError_Fragment = Pick<AdminTypes.ThemePublishUserError, 'field' | 'message'>;

type UserErrorFields_ThemeUpdateUserError_Fragment = Pick<AdminTypes.ThemeUpdateUserError, 'field' | 'message'>;

type UserErrorFields_TransactionVoidUserError_Fragment = Pick<AdminTypes.TransactionVoidUserError, 'field' | 'message'>;

type UserErrorFields_TranslationUserError_Fragment = Pick<AdminTypes.TranslationUserError, 'field' | 'message'>;

type UserErrorFields_UrlRedirectBulkDeleteByIdsUserError_Fragment = Pick<AdminTypes.UrlRedirectBulkDeleteByIdsUserError, 'field' | 'message'>;

type UserErrorFields_UrlRedirectBulkDeleteBySavedSearchUserError_Fragment = Pick<AdminTypes.UrlRedirectBulkDeleteBySavedSearchUserError, 'field' | 'message'>;

type UserErrorFields_UrlRedirectBulkDeleteBySearchUserError_Fragment = Pick<AdminTypes.UrlRedirectBulkDeleteBySearchUserError, 'field' | 'message'>;

type UserErrorFields_UrlRedirectImportUserError_Fragment = Pick<AdminTypes.UrlRedirectImportUserError, 'field' | 'message'>;

type UserErrorFields_UrlRedirectUserError_Fragment = Pick<AdminTypes.UrlRedirectUserError, 'field' | 'message'>;

type UserErrorFields_UserError_Fragment = Pick<AdminTypes.UserError, 'field' | 'message'>;

type UserErrorFields_ValidationUserError_Fragment = Pick<AdminTypes.ValidationUserError, 'field' | 'message'>;

export type UserErrorFieldsFragment = UserErrorFields_AbandonmentEmailStateUpdateUserError_Fragment | UserErrorFields_AbandonmentUpdateActivitiesDeliveryStatusesUserError_Fragment | UserErrorFields_AnalyticsAnnotationCreateUserError_Fragment | UserErrorFields_AnalyticsAnnotationDeleteUserError_Fragment | UserErrorFields_AnalyticsAnnotationUpdateUserError_Fragment | UserErrorFields_AnalyticsTargetCreateUserError_Fragment | UserErrorFields_AnalyticsTargetUpdateUserError_Fragment | UserErrorFields_AnalyticsTargetsDeleteUserError_Fragment | UserErrorFields_AppRevokeAccessScopesAppRevokeScopeError_Fragment | UserErrorFields_AppSubscriptionTrialExtendUserError_Fragment | UserErrorFields_AppUninstallAppUninstallError_Fragment | UserErrorFields_ArticleCreateUserError_Fragment | UserErrorFields_ArticleDeleteUserError_Fragment | UserErrorFields_ArticleUpdateUserError_Fragment | UserErrorFields_BillingAttemptUserError_Fragment | UserErrorFields_BlogCreateUserError_Fragment | UserErrorFields_BlogDeleteUserError_Fragment | UserErrorFields_BlogUpdateUserError_Fragment | UserErrorFields_BulkMutationUserError_Fragment | UserErrorFields_BulkOperationUserError_Fragment | UserErrorFields_BulkProductResourceFeedbackCreateUserError_Fragment | UserErrorFields_BusinessCustomerUserError_Fragment | UserErrorFields_CarrierServiceCreateUserError_Fragment | UserErrorFields_CarrierServiceDeleteUserError_Fragment | UserErrorFields_CarrierServiceUpdateUserError_Fragment | UserErrorFields_CartTransformCreateUserError_Fragment | UserErrorFields_CartTransformDeleteUserError_Fragment | UserErrorFields_CashDrawerCreateUserError_Fragment | UserErrorFields_CashDrawerFindOrCreateUserError_Fragment | UserErrorFields_CashDrawerUpdateUserError_Fragment | UserErrorFields_CashManagementReasonCodeCreateUserError_Fragment | UserErrorFields_CashManagementReasonCodeDeleteUserError_Fragment | UserErrorFields_CatalogUserError_Fragment | UserErrorFields_ChannelCreateUserError_Fragment | UserErrorFields_ChannelDeleteUserError_Fragment | UserErrorFields_ChannelFullSyncUserError_Fragment | UserErrorFields_ChannelUpdateUserError_Fragment | UserErrorFields_CheckoutAndAccountsConfigurationUserError_Fragment | UserErrorFields_CheckoutBrandingUpsertUserError_Fragment | UserErrorFields_CollectionAddProductsV2UserError_Fragment | UserErrorFields_CollectionDuplicateUserError_Fragment | UserErrorFields_CollectionReorderProductsUserError_Fragment | UserErrorFields_CombinedListingUpdateUserError_Fragment | UserErrorFields_CommentApproveUserError_Fragment | UserErrorFields_CommentDeleteUserError_Fragment | UserErrorFields_CommentNotSpamUserError_Fragment | UserErrorFields_CommentSpamUserError_Fragment | UserErrorFields_ConsentPolicyError_Fragment | UserErrorFields_CustomerCancelDataErasureUserError_Fragment | UserErrorFields_CustomerEmailMarketingConsentUpdateUserError_Fragment | UserErrorFields_CustomerMarketingConsentError_Fragment | UserErrorFields_CustomerMergeUserError_Fragment | UserErrorFields_CustomerPaymentMethodGetUpdateUrlUserError_Fragment | UserErrorFields_CustomerPaymentMethodRemoteUserError_Fragment | UserErrorFields_CustomerPaymentMethodUserError_Fragment | UserErrorFields_CustomerRequestDataErasureUserError_Fragment | UserErrorFields_CustomerSegmentMembersQueryUserError_Fragment | UserErrorFields_CustomerSendAccountInviteEmailUserError_Fragment | UserErrorFields_CustomerSetUserError_Fragment | UserErrorFields_CustomerSmsMarketingConsentError_Fragment | UserErrorFields_DataSaleOptOutUserError_Fragment | UserErrorFields_DelegateAccessTokenCreateUserError_Fragment | UserErrorFields_DelegateAccessTokenDestroyUserError_Fragment | UserErrorFields_DeliveryCustomizationError_Fragment | UserErrorFields_DeliveryLocationLocalPickupSettingsError_Fragment | UserErrorFields_DeliveryPromiseProviderUpsertUserError_Fragment | UserErrorFields_DiscountUserError_Fragment | UserErrorFields_DisputeEvidenceUpdateUserError_Fragment | UserErrorFields_ErrorsServerPixelUserError_Fragment | UserErrorFields_ErrorsWebPixelUserError_Fragment | UserErrorFields_FilesUserError_Fragment | UserErrorFields_FulfillmentConstraintRuleCreateUserError_Fragment | UserErrorFields_FulfillmentConstraintRuleDeleteUserError_Fragment | UserErrorFields_FulfillmentConstraintRuleUpdateUserError_Fragment | UserErrorFields_FulfillmentOrderCancelError_Fragment | UserErrorFields_FulfillmentOrderHoldUserError_Fragment | UserErrorFields_FulfillmentOrderLineItemsPreparedForPickupUserError_Fragment | UserErrorFields_FulfillmentOrderMergeUserError_Fragment | UserErrorFields_FulfillmentOrderMoveFulfillmentOrderMoveUserError_Fragment | UserErrorFields_FulfillmentOrderReleaseHoldUserError_Fragment | UserErrorFields_FulfillmentOrderReportProgressUserError_Fragment | UserErrorFields_FulfillmentOrderRescheduleUserError_Fragment | UserErrorFields_FulfillmentOrderSplitUserError_Fragment | UserErrorFields_FulfillmentOrdersRerouteUserError_Fragment | UserErrorFields_FulfillmentOrdersSetFulfillmentDeadlineUserError_Fragment | UserErrorFields_GiftCardDeactivateUserError_Fragment | UserErrorFields_GiftCardProductSetUserError_Fragment | UserErrorFields_GiftCardSendNotificationToCustomerUserError_Fragment | UserErrorFields_GiftCardSendNotificationToRecipientUserError_Fragment | UserErrorFields_GiftCardTransactionUserError_Fragment | UserErrorFields_GiftCardUserError_Fragment | UserErrorFields_InventoryAdjustQuantitiesUserError_Fragment | UserErrorFields_InventoryBulkToggleActivationUserError_Fragment | UserErrorFields_InventoryMoveQuantitiesUserError_Fragment | UserErrorFields_InventorySetOnHandQuantitiesUserError_Fragment | UserErrorFields_InventorySetQuantitiesUserError_Fragment | UserErrorFields_InventoryShipmentAddItemsUserError_Fragment | UserErrorFields_InventoryShipmentCreateInTransitUserError_Fragment | UserErrorFields_InventoryShipmentCreateUserError_Fragment | UserErrorFields_InventoryShipmentDeleteUserError_Fragment | UserErrorFields_InventoryShipmentMarkInTransitUserError_Fragment | UserErrorFields_InventoryShipmentReceiveUserError_Fragment | UserErrorFields_InventoryShipmentRemoveItemsUserError_Fragment | UserErrorFields_InventoryShipmentSetBarcodeUserError_Fragment | UserErrorFields_InventoryShipmentSetTrackingUserError_Fragment | UserErrorFields_InventoryShipmentUpdateItemQuantitiesUserError_Fragment | UserErrorFields_InventoryTransferCancelUserError_Fragment | UserErrorFields_InventoryTransferCreateAsReadyToShipUserError_Fragment | UserErrorFields_InventoryTransferCreateUserError_Fragment | UserErrorFields_InventoryTransferDeleteUserError_Fragment | UserErrorFields_InventoryTransferDuplicateUserError_Fragment | UserErrorFields_InventoryTransferEditUserError_Fragment | UserErrorFields_InventoryTransferMarkAsReadyToShipUserError_Fragment | UserErrorFields_InventoryTransferRemoveItemsUserError_Fragment | UserErrorFields_InventoryTransferSetItemsUserError_Fragment | UserErrorFields_LocationActivateUserError_Fragment | UserErrorFields_LocationAddUserError_Fragment | UserErrorFields_LocationDeactivateUserError_Fragment | UserErrorFields_LocationDeleteUserError_Fragment | UserErrorFields_LocationEditUserError_Fragment | UserErrorFields_MarketCurrencySettingsUserError_Fragment | UserErrorFields_MarketUserError_Fragment | UserErrorFields_MarketingActivityUserError_Fragment | UserErrorFields_MediaUserError_Fragment | UserErrorFields_MenuCreateUserError_Fragment | UserErrorFields_MenuDeleteUserError_Fragment | UserErrorFields_MenuUpdateUserError_Fragment | UserErrorFields_MetafieldDefinitionCreateUserError_Fragment | UserErrorFields_MetafieldDefinitionDeleteUserError_Fragment | UserErrorFields_MetafieldDefinitionPinUserError_Fragment | UserErrorFields_MetafieldDefinitionUnpinUserError_Fragment | UserErrorFields_MetafieldDefinitionUpdateUserError_Fragment | UserErrorFields_MetafieldsSetUserError_Fragment | UserErrorFields_MetaobjectUserError_Fragment | UserErrorFields_MobilePlatformApplicationUserError_Fragment | UserErrorFields_OnlineStoreThemeFilesUserErrors_Fragment | UserErrorFields_OrderAttributionDefinitionDeleteUserError_Fragment | UserErrorFields_OrderAttributionDefinitionUpsertUserError_Fragment | UserErrorFields_OrderCancelUserError_Fragment | UserErrorFields_OrderCreateMandatePaymentUserError_Fragment | UserErrorFields_OrderCreateManualPaymentOrderCreateManualPaymentError_Fragment | UserErrorFields_OrderCreateUserError_Fragment | UserErrorFields_OrderCustomerRemoveUserError_Fragment | UserErrorFields_OrderCustomerSetUserError_Fragment | UserErrorFields_OrderDeleteUserError_Fragment | UserErrorFields_OrderEditAddShippingLineUserError_Fragment | UserErrorFields_OrderEditRemoveDiscountUserError_Fragment | UserErrorFields_OrderEditRemoveShippingLineUserError_Fragment | UserErrorFields_OrderEditUpdateDiscountUserError_Fragment | UserErrorFields_OrderEditUpdateShippingLineUserError_Fragment | UserErrorFields_OrderInvoiceSendUserError_Fragment | UserErrorFields_OrderRiskAssessmentCreateUserError_Fragment | UserErrorFields_PageCreateUserError_Fragment | UserErrorFields_PageDeleteUserError_Fragment | UserErrorFields_PageUpdateUserError_Fragment | UserErrorFields_PaymentCustomizationError_Fragment | UserErrorFields_PaymentReminderSendUserError_Fragment | UserErrorFields_PaymentScheduleCaptureUserError_Fragment | UserErrorFields_PaymentTermsCreateUserError_Fragment | UserErrorFields_PaymentTermsDeleteUserError_Fragment | UserErrorFields_PaymentTermsUpdateUserError_Fragment | UserErrorFields_PointOfSaleDeviceAssignToCashDrawerUserError_Fragment | UserErrorFields_PointOfSaleDevicePaymentSessionCloseUserError_Fragment | UserErrorFields_PointOfSaleDevicePaymentSessionCountUserError_Fragment | UserErrorFields_PointOfSaleDevicePaymentSessionOpenUserError_Fragment | UserErrorFields_PriceListFixedPricesByProductBulkUpdateUserError_Fragment | UserErrorFields_PriceListPriceUserError_Fragment | UserErrorFields_PriceListUserError_Fragment | UserErrorFields_PrivacyFeaturesDisableUserError_Fragment | UserErrorFields_ProductBundleMutationUserError_Fragment | UserErrorFields_ProductChangeStatusUserError_Fragment | UserErrorFields_ProductFeedCreateUserError_Fragment | UserErrorFields_ProductFeedDeleteUserError_Fragment | UserErrorFields_ProductFullSyncUserError_Fragment | UserErrorFields_ProductOptionUpdateUserError_Fragment | UserErrorFields_ProductOptionsCreateUserError_Fragment | UserErrorFields_ProductOptionsDeleteUserError_Fragment | UserErrorFields_ProductOptionsReorderUserError_Fragment | UserErrorFields_ProductSetUserError_Fragment | UserErrorFields_ProductVariantRelationshipBulkUpdateUserError_Fragment | UserErrorFields_ProductVariantsBulkCreateUserError_Fragment | UserErrorFields_ProductVariantsBulkDeleteUserError_Fragment | UserErrorFields_ProductVariantsBulkReorderUserError_Fragment | UserErrorFields_ProductVariantsBulkUpdateUserError_Fragment | UserErrorFields_PubSubWebhookSubscriptionCreateUserError_Fragment | UserErrorFields_PubSubWebhookSubscriptionUpdateUserError_Fragment | UserErrorFields_PublicationUserError_Fragment | UserErrorFields_QuantityPricingByVariantUserError_Fragment | UserErrorFields_QuantityRuleUserError_Fragment | UserErrorFields_ReturnUserError_Fragment | UserErrorFields_SellingPlanGroupUserError_Fragment | UserErrorFields_ShippingLabelPurchaseError_Fragment | UserErrorFields_ShippingLabelPurchaseUserError_Fragment | UserErrorFields_ShopPolicyUserError_Fragment | UserErrorFields_ShopResourceFeedbackCreateUserError_Fragment | UserErrorFields_ShopifyPaymentsPayoutAlternateCurrencyCreateUserError_Fragment | UserErrorFields_StandardMetafieldDefinitionEnableUserError_Fragment | UserErrorFields_StoreCreditAccountCreditUserError_Fragment | UserErrorFields_StoreCreditAccountDebitUserError_Fragment | UserErrorFields_SubscriptionBillingCycleBulkUserError_Fragment | UserErrorFields_SubscriptionBillingCycleSkipUserError_Fragment | UserErrorFields_SubscriptionBillingCycleUnskipUserError_Fragment | UserErrorFields_SubscriptionBillingCycleUserError_Fragment | UserErrorFields_SubscriptionContractStatusUpdateUserError_Fragment | UserErrorFields_SubscriptionContractUserError_Fragment | UserErrorFields_SubscriptionDraftUserError_Fragment | UserErrorFields_TaxAppConfigureUserError_Fragment | UserErrorFields_TaxSummaryCreateUserError_Fragment | UserErrorFields_ThemeCreateUserError_Fragment | UserErrorFields_ThemeDeleteUserError_Fragment | UserErrorFields_ThemeDuplicateUserError_Fragment | UserErrorFields_ThemePublishUserError_Fragment | UserErrorFields_ThemeUpdateUserError_Fragment | UserErrorFields_TransactionVoidUserError_Fragment | UserErrorFields_TranslationUserError_Fragment | UserErrorFields_UrlRedirectBulkDeleteByIdsUserError_Fragment | UserErrorFields_UrlRedirectBulkDeleteBySavedSearchUserError_Fragment | UserErrorFields_UrlRedirectBulkDeleteBySearchUserError_Fragment | UserErrorFields_UrlRedirectImportUserError_Fragment | UserErrorFields_UrlRedirectUserError_Fragment | UserErrorFields_UserError_Fragment | UserErrorFields_ValidationUserError_Fragment;

export type VipCustomerFactsFieldsFragment = (
  Pick<AdminTypes.Customer, 'id' | 'displayName' | 'tags' | 'numberOfOrders' | 'updatedAt'>
  & { amountSpent: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'>, lastOrder: AdminTypes.Maybe<Pick<AdminTypes.Order, 'processedAt' | 'createdAt'>> }
);

export type InstantRefundReturnQueryVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
}>;


export type InstantRefundReturnQuery = { reverseDelivery: AdminTypes.Maybe<(
    Pick<AdminTypes.ReverseDelivery, 'id'>
    & { deliverable: AdminTypes.Maybe<{ tracking: AdminTypes.Maybe<Pick<AdminTypes.ReverseDeliveryTrackingV2, 'number' | 'carrierName'>> }>, reverseFulfillmentOrder: (
      Pick<AdminTypes.ReverseFulfillmentOrder, 'id'>
      & { order: AdminTypes.Maybe<(
        Pick<AdminTypes.Order, 'id' | 'name' | 'currencyCode' | 'presentmentCurrencyCode'>
        & { customer: AdminTypes.Maybe<Pick<AdminTypes.Customer, 'id' | 'displayName'>>, transactions: Array<Pick<AdminTypes.OrderTransaction, 'id' | 'kind' | 'status'>>, returns: { nodes: Array<(
            Pick<AdminTypes.Return, 'id'>
            & { reverseFulfillmentOrders: { nodes: Array<Pick<AdminTypes.ReverseFulfillmentOrder, 'id'>> } }
          )> } }
      )> }
    ) }
  )> };

export type InstantRefundReturnDetailsQueryVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
}>;


export type InstantRefundReturnDetailsQuery = { return: AdminTypes.Maybe<(
    Pick<AdminTypes.Return, 'id' | 'name' | 'status'>
    & { refunds: { nodes: Array<(
        Pick<AdminTypes.Refund, 'id'>
        & { totalRefundedSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
      )> }, exchangeLineItems: { nodes: Array<Pick<AdminTypes.ExchangeLineItem, 'id'>> }, returnLineItems: { nodes: Array<(
        Pick<AdminTypes.ReturnLineItem, 'id' | 'quantity' | 'processedQuantity'>
        & { fulfillmentLineItem: { lineItem: Pick<AdminTypes.LineItem, 'name' | 'sku'> }, withCodeDiscountedTotalPriceSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
      ) | Pick<AdminTypes.UnverifiedReturnLineItem, 'id' | 'quantity' | 'processedQuantity'>> } }
  )> };

export type OrderCustomerQueryVariables = AdminTypes.Exact<{
  query: AdminTypes.Scalars['String']['input'];
}>;


export type OrderCustomerQuery = { orders: { nodes: Array<(
      Pick<AdminTypes.Order, 'id' | 'name' | 'processedAt' | 'cancelledAt' | 'displayFinancialStatus' | 'displayFulfillmentStatus'>
      & { customer: AdminTypes.Maybe<Pick<AdminTypes.Customer, 'id'>>, totalPriceSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
    )> } };

export type OrderNamesQueryVariables = AdminTypes.Exact<{
  ids: Array<AdminTypes.Scalars['ID']['input']> | AdminTypes.Scalars['ID']['input'];
}>;


export type OrderNamesQuery = { nodes: Array<AdminTypes.Maybe<(
    Pick<AdminTypes.Order, 'id' | 'name' | 'email'>
    & { customer: AdminTypes.Maybe<Pick<AdminTypes.Customer, 'displayName'>> }
  )>> };

export type OrderLookupQueryVariables = AdminTypes.Exact<{
  query: AdminTypes.Scalars['String']['input'];
}>;


export type OrderLookupQuery = { orders: { nodes: Array<(
      Pick<AdminTypes.Order, 'id' | 'name' | 'email' | 'phone'>
      & { customer: AdminTypes.Maybe<Pick<AdminTypes.Customer, 'id'>> }
    )> } };

export type CustomerRecentOrdersQueryVariables = AdminTypes.Exact<{
  customerId: AdminTypes.Scalars['ID']['input'];
}>;


export type CustomerRecentOrdersQuery = { customer: AdminTypes.Maybe<(
    Pick<AdminTypes.Customer, 'id'>
    & { orders: { nodes: Array<Pick<AdminTypes.Order, 'id' | 'name' | 'processedAt' | 'displayFulfillmentStatus' | 'cancelledAt'>> } }
  )> };

export type OrderOwnerQueryVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
}>;


export type OrderOwnerQuery = { order: AdminTypes.Maybe<(
    Pick<AdminTypes.Order, 'id'>
    & { customer: AdminTypes.Maybe<Pick<AdminTypes.Customer, 'id'>> }
  )> };

export type OrderTrackingQueryVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
}>;


export type OrderTrackingQuery = { order: AdminTypes.Maybe<(
    Pick<AdminTypes.Order, 'id' | 'name' | 'createdAt' | 'processedAt' | 'cancelledAt' | 'cancelReason' | 'confirmed' | 'displayFinancialStatus' | 'displayFulfillmentStatus'>
    & { customer: AdminTypes.Maybe<Pick<AdminTypes.Customer, 'id'>>, lineItems: { nodes: Array<{ product: AdminTypes.Maybe<Pick<AdminTypes.Product, 'id'>> }> }, totalPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, refunds: Array<(
      Pick<AdminTypes.Refund, 'createdAt'>
      & { totalRefundedSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
    )>, fulfillmentOrders: { nodes: Array<(
        Pick<AdminTypes.FulfillmentOrder, 'id' | 'status' | 'createdAt' | 'fulfillAt'>
        & { deliveryMethod: AdminTypes.Maybe<Pick<AdminTypes.DeliveryMethod, 'methodType' | 'maxDeliveryDateTime'>>, assignedLocation: Pick<AdminTypes.FulfillmentOrderAssignedLocation, 'name'>, lineItems: { nodes: Array<Pick<AdminTypes.FulfillmentOrderLineItem, 'productTitle' | 'variantTitle' | 'totalQuantity' | 'remainingQuantity'>> } }
      )> }, fulfillments: Array<(
      Pick<AdminTypes.Fulfillment, 'id' | 'status' | 'displayStatus' | 'createdAt' | 'inTransitAt' | 'deliveredAt' | 'estimatedDeliveryAt'>
      & { location: AdminTypes.Maybe<Pick<AdminTypes.Location, 'name'>>, trackingInfo: Array<Pick<AdminTypes.FulfillmentTrackingInfo, 'company' | 'number' | 'url'>>, events: { nodes: Array<Pick<AdminTypes.FulfillmentEvent, 'status' | 'happenedAt' | 'message' | 'estimatedDeliveryAt'>> }, fulfillmentLineItems: { nodes: Array<(
          Pick<AdminTypes.FulfillmentLineItem, 'quantity'>
          & { lineItem: Pick<AdminTypes.LineItem, 'title' | 'variantTitle'> }
        )> }, fulfillmentOrders: { nodes: Array<Pick<AdminTypes.FulfillmentOrder, 'id'>> } }
    )> }
  )> };

export type OutreachRecipientQueryVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
}>;


export type OutreachRecipientQuery = { order: AdminTypes.Maybe<(
    Pick<AdminTypes.Order, 'id' | 'name' | 'email' | 'customerLocale'>
    & { customer: AdminTypes.Maybe<(
      Pick<AdminTypes.Customer, 'id' | 'firstName' | 'locale'>
      & { defaultEmailAddress: AdminTypes.Maybe<Pick<AdminTypes.CustomerEmailAddress, 'emailAddress' | 'marketingState'>> }
    )> }
  )> };

export type ReturnProcessMutationVariables = AdminTypes.Exact<{
  input: AdminTypes.ReturnProcessInput;
}>;


export type ReturnProcessMutation = { returnProcess: AdminTypes.Maybe<{ return: AdminTypes.Maybe<(
      Pick<AdminTypes.Return, 'id' | 'status'>
      & { refunds: { nodes: Array<Pick<AdminTypes.Refund, 'id'>> } }
    )>, userErrors: Array<Pick<AdminTypes.ReturnUserError, 'field' | 'message'>> }> };

export type ReturnReasonDefinitionsQueryVariables = AdminTypes.Exact<{
  handles: AdminTypes.InputMaybe<Array<AdminTypes.Scalars['String']['input']> | AdminTypes.Scalars['String']['input']>;
}>;


export type ReturnReasonDefinitionsQuery = { returnReasonDefinitions: { nodes: Array<Pick<AdminTypes.ReturnReasonDefinition, 'id' | 'handle' | 'deleted'>> } };

export type ReturnReasonsQueryVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
}>;


export type ReturnReasonsQuery = { return: AdminTypes.Maybe<(
    Pick<AdminTypes.Return, 'id' | 'createdAt'>
    & { order: Pick<AdminTypes.Order, 'id'>, returnLineItems: { nodes: Array<(
        Pick<AdminTypes.ReturnLineItem, 'id' | 'quantity'>
        & { fulfillmentLineItem: { lineItem: { product: AdminTypes.Maybe<Pick<AdminTypes.Product, 'id' | 'title'>>, variant: AdminTypes.Maybe<Pick<AdminTypes.ProductVariant, 'id'>> } }, returnReasonDefinition: AdminTypes.Maybe<Pick<AdminTypes.ReturnReasonDefinition, 'handle'>>, withCodeDiscountedTotalPriceSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
      ) | (
        Pick<AdminTypes.UnverifiedReturnLineItem, 'id' | 'quantity'>
        & { returnReasonDefinition: AdminTypes.Maybe<Pick<AdminTypes.ReturnReasonDefinition, 'handle'>> }
      )> } }
  )> };

export type ShopOverviewQueryVariables = AdminTypes.Exact<{ [key: string]: never; }>;


export type ShopOverviewQuery = { shop: (
    Pick<AdminTypes.Shop, 'name' | 'myshopifyDomain' | 'currencyCode' | 'ianaTimezone'>
    & { primaryDomain: Pick<AdminTypes.Domain, 'url'> }
  ) };

export type ImportedCustomerFieldsFragment = (
  Pick<AdminTypes.Customer, 'id' | 'firstName' | 'lastName' | 'updatedAt'>
  & { defaultEmailAddress: AdminTypes.Maybe<Pick<AdminTypes.CustomerEmailAddress, 'emailAddress' | 'marketingState' | 'marketingUpdatedAt'>>, defaultPhoneNumber: AdminTypes.Maybe<Pick<AdminTypes.CustomerPhoneNumber, 'phoneNumber'>> }
);

export type StoreImportOrdersQueryVariables = AdminTypes.Exact<{ [key: string]: never; }>;


export type StoreImportOrdersQuery = { orders: { edges: Array<{ node: (
        Pick<AdminTypes.Order, 'id' | 'name' | 'email' | 'currencyCode' | 'displayFinancialStatus' | 'displayFulfillmentStatus' | 'discountCodes' | 'cancelledAt' | 'processedAt' | 'updatedAt'>
        & { totalPriceSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, customAttributes: Array<Pick<AdminTypes.Attribute, 'key' | 'value'>>, customer: AdminTypes.Maybe<(
          Pick<AdminTypes.Customer, 'id' | 'firstName' | 'lastName' | 'updatedAt'>
          & { defaultEmailAddress: AdminTypes.Maybe<Pick<AdminTypes.CustomerEmailAddress, 'emailAddress' | 'marketingState' | 'marketingUpdatedAt'>>, defaultPhoneNumber: AdminTypes.Maybe<Pick<AdminTypes.CustomerPhoneNumber, 'phoneNumber'>> }
        )>, refunds: Array<(
          Pick<AdminTypes.Refund, 'id' | 'createdAt'>
          & { totalRefundedSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
        )> }
      ) }> } };

export type StoreImportCustomersQueryVariables = AdminTypes.Exact<{ [key: string]: never; }>;


export type StoreImportCustomersQuery = { customers: { edges: Array<{ node: (
        Pick<AdminTypes.Customer, 'id' | 'firstName' | 'lastName' | 'updatedAt'>
        & { defaultEmailAddress: AdminTypes.Maybe<Pick<AdminTypes.CustomerEmailAddress, 'emailAddress' | 'marketingState' | 'marketingUpdatedAt'>>, defaultPhoneNumber: AdminTypes.Maybe<Pick<AdminTypes.CustomerPhoneNumber, 'phoneNumber'>> }
      ) }> } };

export type GrantedScopesQueryVariables = AdminTypes.Exact<{ [key: string]: never; }>;


export type GrantedScopesQuery = { currentAppInstallation: { accessScopes: Array<Pick<AdminTypes.AccessScope, 'handle'>> } };

export type UrlRedirectsByPathQueryVariables = AdminTypes.Exact<{
  query: AdminTypes.Scalars['String']['input'];
}>;


export type UrlRedirectsByPathQuery = { urlRedirects: { nodes: Array<Pick<AdminTypes.UrlRedirect, 'id' | 'path' | 'target'>> } };

export type UrlRedirectCreateMutationVariables = AdminTypes.Exact<{
  urlRedirect: AdminTypes.UrlRedirectInput;
}>;


export type UrlRedirectCreateMutation = { urlRedirectCreate: AdminTypes.Maybe<{ urlRedirect: AdminTypes.Maybe<Pick<AdminTypes.UrlRedirect, 'id' | 'path' | 'target'>>, userErrors: Array<Pick<AdminTypes.UrlRedirectUserError, 'field' | 'message'>> }> };

export type VipBackfillCustomersQueryVariables = AdminTypes.Exact<{ [key: string]: never; }>;


export type VipBackfillCustomersQuery = { customers: { edges: Array<{ node: (
        Pick<AdminTypes.Customer, 'id' | 'displayName' | 'tags' | 'numberOfOrders' | 'updatedAt'>
        & { metafield: AdminTypes.Maybe<Pick<AdminTypes.Metafield, 'jsonValue'>>, amountSpent: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'>, lastOrder: AdminTypes.Maybe<Pick<AdminTypes.Order, 'processedAt' | 'createdAt'>> }
      ) }> } };

export type VipCustomerFactsQueryVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
  namespace: AdminTypes.Scalars['String']['input'];
  key: AdminTypes.Scalars['String']['input'];
}>;


export type VipCustomerFactsQuery = { customer: AdminTypes.Maybe<(
    Pick<AdminTypes.Customer, 'id' | 'displayName' | 'tags' | 'numberOfOrders' | 'updatedAt'>
    & { metafield: AdminTypes.Maybe<Pick<AdminTypes.Metafield, 'jsonValue'>>, amountSpent: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'>, lastOrder: AdminTypes.Maybe<Pick<AdminTypes.Order, 'processedAt' | 'createdAt'>> }
  )> };

export type VipCustomersPageQueryVariables = AdminTypes.Exact<{
  first: AdminTypes.Scalars['Int']['input'];
  after: AdminTypes.InputMaybe<AdminTypes.Scalars['String']['input']>;
}>;


export type VipCustomersPageQuery = { customers: { nodes: Array<(
      Pick<AdminTypes.Customer, 'id' | 'displayName' | 'tags' | 'numberOfOrders' | 'updatedAt'>
      & { amountSpent: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'>, lastOrder: AdminTypes.Maybe<Pick<AdminTypes.Order, 'processedAt' | 'createdAt'>> }
    )>, pageInfo: Pick<AdminTypes.PageInfo, 'hasNextPage' | 'endCursor'> }, customersCount: AdminTypes.Maybe<Pick<AdminTypes.Count, 'count' | 'precision'>> };

export type VipCustomersTagsQueryVariables = AdminTypes.Exact<{
  ids: Array<AdminTypes.Scalars['ID']['input']> | AdminTypes.Scalars['ID']['input'];
}>;


export type VipCustomersTagsQuery = { nodes: Array<AdminTypes.Maybe<Pick<AdminTypes.Customer, 'id' | 'tags' | 'updatedAt'>>> };

export type VipOrderCustomerFactsQueryVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
  namespace: AdminTypes.Scalars['String']['input'];
  key: AdminTypes.Scalars['String']['input'];
}>;


export type VipOrderCustomerFactsQuery = { order: AdminTypes.Maybe<(
    Pick<AdminTypes.Order, 'id'>
    & { customer: AdminTypes.Maybe<(
      Pick<AdminTypes.Customer, 'id' | 'displayName' | 'tags' | 'numberOfOrders' | 'updatedAt'>
      & { metafield: AdminTypes.Maybe<Pick<AdminTypes.Metafield, 'jsonValue'>>, amountSpent: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'>, lastOrder: AdminTypes.Maybe<Pick<AdminTypes.Order, 'processedAt' | 'createdAt'>> }
    )> }
  )> };

export type VipTagsAddMutationVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
  tags: Array<AdminTypes.Scalars['String']['input']> | AdminTypes.Scalars['String']['input'];
}>;


export type VipTagsAddMutation = { tagsAdd: AdminTypes.Maybe<{ userErrors: Array<Pick<AdminTypes.UserError, 'field' | 'message'>> }> };

export type VipTagsRemoveMutationVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
  tags: Array<AdminTypes.Scalars['String']['input']> | AdminTypes.Scalars['String']['input'];
}>;


export type VipTagsRemoveMutation = { tagsRemove: AdminTypes.Maybe<{ userErrors: Array<Pick<AdminTypes.UserError, 'field' | 'message'>> }> };

export type VipTierMetafieldsDeleteMutationVariables = AdminTypes.Exact<{
  metafields: Array<AdminTypes.MetafieldIdentifierInput> | AdminTypes.MetafieldIdentifierInput;
}>;


export type VipTierMetafieldsDeleteMutation = { metafieldsDelete: AdminTypes.Maybe<{ deletedMetafields: AdminTypes.Maybe<Array<AdminTypes.Maybe<Pick<AdminTypes.MetafieldIdentifier, 'ownerId'>>>>, userErrors: Array<Pick<AdminTypes.UserError, 'field' | 'message'>> }> };

export type VipTierMetafieldsSetMutationVariables = AdminTypes.Exact<{
  metafields: Array<AdminTypes.MetafieldsSetInput> | AdminTypes.MetafieldsSetInput;
}>;


export type VipTierMetafieldsSetMutation = { metafieldsSet: AdminTypes.Maybe<{ metafields: AdminTypes.Maybe<Array<Pick<AdminTypes.Metafield, 'id'>>>, userErrors: Array<Pick<AdminTypes.MetafieldsSetUserError, 'field' | 'message'>> }> };

interface GeneratedQueryTypes {
  "#graphql\n  query AgentCodeDetails($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ... on DiscountCodeNode {\n        id\n        codeDiscount {\n          __typename\n          ... on DiscountCodeBasic {\n            status\n            asyncUsageCount\n            usageLimit\n            appliesOncePerCustomer\n            endsAt\n            minimumRequirement {\n              ... on DiscountMinimumSubtotal {\n                greaterThanOrEqualToSubtotal {\n                  amount\n                  currencyCode\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": {return: AgentCodeDetailsQuery, variables: AgentCodeDetailsQueryVariables},
  "#graphql\n  query BulkOperationStatus($id: ID!) {\n    bulkOperation(id: $id) {\n      id\n      status\n      errorCode\n      objectCount\n      rootObjectCount\n      url\n    }\n  }\n": {return: BulkOperationStatusQuery, variables: BulkOperationStatusQueryVariables},
  "#graphql\n  query CampaignDiscountByCode($code: String!) {\n    codeDiscountNodeByCode(code: $code) {\n      id\n    }\n  }\n": {return: CampaignDiscountByCodeQuery, variables: CampaignDiscountByCodeQueryVariables},
  "#graphql\n  query CampaignRecipients($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ...EmailRecipientFields\n    }\n  }\n  #graphql\n  fragment EmailRecipientFields on Customer {\n    id\n    firstName\n    locale\n    defaultEmailAddress {\n      emailAddress\n      marketingState\n    }\n  }\n\n": {return: CampaignRecipientsQuery, variables: CampaignRecipientsQueryVariables},
  "#graphql\n  query ConciergeCodeByCode($code: String!) {\n    codeDiscountNodeByCode(code: $code) {\n      id\n      codeDiscount {\n        __typename\n        ... on DiscountCodeBasic {\n          tags\n        }\n      }\n    }\n  }\n": {return: ConciergeCodeByCodeQuery, variables: ConciergeCodeByCodeQueryVariables},
  "#graphql\n  query CustomerNames($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Customer {\n        id\n        displayName\n      }\n    }\n  }\n": {return: CustomerNamesQuery, variables: CustomerNamesQueryVariables},
  "#graphql\n  query CustomerProfile($id: ID!) {\n    customer(id: $id) {\n      id\n      displayName\n      firstName\n      locale\n      defaultEmailAddress {\n        emailAddress\n      }\n      defaultPhoneNumber {\n        phoneNumber\n      }\n      tags\n      amountSpent {\n        amount\n        currencyCode\n      }\n      numberOfOrders\n      createdAt\n      orders(first: 5, sortKey: PROCESSED_AT, reverse: true) {\n        nodes {\n          ...DeskOrderFields\n        }\n      }\n    }\n  }\n  #graphql\n  fragment DeskOrderFields on Order {\n    id\n    name\n    processedAt\n    cancelledAt\n    displayFinancialStatus\n    displayFulfillmentStatus\n    totalPriceSet {\n      shopMoney {\n        amount\n        currencyCode\n      }\n    }\n  }\n\n": {return: CustomerProfileQuery, variables: CustomerProfileQueryVariables},
  "#graphql\n  query CustomerSearch($query: String!) {\n    customers(first: 5, query: $query) {\n      nodes {\n        id\n        displayName\n      }\n    }\n  }\n": {return: CustomerSearchQuery, variables: CustomerSearchQueryVariables},
  "#graphql\n  query ExchangeCatalog($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ... on ProductVariant {\n        ...ExchangeCatalogVariantFields\n        product {\n          id\n          title\n        }\n      }\n      ... on Product {\n        id\n        title\n        options(first: 3) {\n          name\n          values\n        }\n        variants(first: 50) {\n          nodes {\n            ...ExchangeCatalogVariantFields\n          }\n        }\n      }\n    }\n  }\n  #graphql\n  fragment ExchangeCatalogVariantFields on ProductVariant {\n    id\n    title\n    price\n    inventoryQuantity\n    availableForSale\n    selectedOptions {\n      name\n      value\n    }\n    inventoryItem {\n      id\n      unitCost {\n        amount\n        currencyCode\n      }\n    }\n  }\n\n": {return: ExchangeCatalogQuery, variables: ExchangeCatalogQueryVariables},
  "#graphql\n  query ExchangeDraftOrders($query: String!) {\n    draftOrders(first: 10, query: $query, reverse: true) {\n      nodes {\n        id\n        name\n        invoiceUrl\n        customAttributes {\n          key\n          value\n        }\n      }\n    }\n  }\n": {return: ExchangeDraftOrdersQuery, variables: ExchangeDraftOrdersQueryVariables},
  "#graphql\n  query ExchangeOfferOptions {\n    products(first: 100, sortKey: TITLE) {\n      nodes {\n        id\n        title\n        isGiftCard\n        status\n      }\n    }\n    productVariants(first: 250) {\n      nodes {\n        id\n        title\n        price\n        product {\n          id\n          title\n          isGiftCard\n        }\n      }\n    }\n    collections(first: 100, sortKey: TITLE) {\n      nodes {\n        id\n        title\n      }\n    }\n  }\n": {return: ExchangeOfferOptionsQuery, variables: ExchangeOfferOptionsQueryVariables},
  "#graphql\n  query ExchangeOrder($id: ID!) {\n    order(id: $id) {\n      ...OrderContactFields\n      processedAt\n      cancelledAt\n      currencyCode\n      customer {\n        displayName\n        locale\n      }\n      lineItems(first: 20) {\n        nodes {\n          id\n          title\n          variantTitle\n          quantity\n          currentQuantity\n          isGiftCard\n          discountedUnitPriceAfterAllDiscountsSet {\n            shopMoney {\n              amount\n              currencyCode\n            }\n          }\n          variant {\n            id\n            selectedOptions {\n              name\n              value\n            }\n          }\n          product {\n            id\n            title\n            tags\n            collections(first: 5) {\n              nodes {\n                id\n              }\n            }\n          }\n        }\n      }\n      fulfillments(first: 5) {\n        status\n        createdAt\n        deliveredAt\n        fulfillmentLineItems(first: 20) {\n          nodes {\n            id\n            quantity\n            lineItem {\n              id\n            }\n          }\n        }\n      }\n      returns(first: 5) {\n        nodes {\n          id\n          name\n          status\n          returnLineItems(first: 10) {\n            nodes {\n              quantity\n              ... on ReturnLineItem {\n                returnReasonNote\n                fulfillmentLineItem {\n                  id\n                  lineItem {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n    returnableFulfillments(orderId: $id, first: 5) {\n      nodes {\n        id\n        returnableFulfillmentLineItems(first: 20) {\n          nodes {\n            quantity\n            fulfillmentLineItem {\n              id\n              lineItem {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n  #graphql\n  fragment OrderContactFields on Order {\n    id\n    name\n    email\n    phone\n    customer {\n      id\n    }\n  }\n\n": {return: ExchangeOrderQuery, variables: ExchangeOrderQueryVariables},
  "#graphql\n  query ExchangeReturnLines($id: ID!) {\n    return(id: $id) {\n      id\n      name\n      exchangeLineItems(first: 10) {\n        nodes {\n          id\n          quantity\n          processedQuantity\n        }\n      }\n    }\n  }\n": {return: ExchangeReturnLinesQuery, variables: ExchangeReturnLinesQueryVariables},
  "#graphql\n  query InstantRefundReturn($id: ID!) {\n    reverseDelivery(id: $id) {\n      id\n      deliverable {\n        ... on ReverseDeliveryShippingDeliverable {\n          tracking {\n            number\n            carrierName\n          }\n        }\n      }\n      reverseFulfillmentOrder {\n        id\n        order {\n          id\n          name\n          currencyCode\n          presentmentCurrencyCode\n          customer {\n            id\n            displayName\n          }\n          transactions(first: 20) {\n            id\n            kind\n            status\n          }\n          returns(first: 50) {\n            nodes {\n              id\n              reverseFulfillmentOrders(first: 5) {\n                nodes {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": {return: InstantRefundReturnQuery, variables: InstantRefundReturnQueryVariables},
  "#graphql\n  query InstantRefundReturnDetails($id: ID!) {\n    return(id: $id) {\n      id\n      name\n      status\n      refunds(first: 10) {\n        nodes {\n          id\n          totalRefundedSet {\n            shopMoney {\n              amount\n              currencyCode\n            }\n          }\n        }\n      }\n      exchangeLineItems(first: 1) {\n        nodes {\n          id\n        }\n      }\n      returnLineItems(first: 50) {\n        nodes {\n          id\n          quantity\n          processedQuantity\n          ... on ReturnLineItem {\n            ...ReturnLineValueFields\n            fulfillmentLineItem {\n              lineItem {\n                name\n                sku\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n  #graphql\n  fragment ReturnLineValueFields on ReturnLineItem {\n    withCodeDiscountedTotalPriceSet {\n      shopMoney {\n        amount\n        currencyCode\n      }\n    }\n  }\n\n": {return: InstantRefundReturnDetailsQuery, variables: InstantRefundReturnDetailsQueryVariables},
  "#graphql\n  query OrderCustomer($query: String!) {\n    orders(first: 1, query: $query) {\n      nodes {\n        ...DeskOrderFields\n        customer {\n          id\n        }\n      }\n    }\n  }\n  #graphql\n  fragment DeskOrderFields on Order {\n    id\n    name\n    processedAt\n    cancelledAt\n    displayFinancialStatus\n    displayFulfillmentStatus\n    totalPriceSet {\n      shopMoney {\n        amount\n        currencyCode\n      }\n    }\n  }\n\n": {return: OrderCustomerQuery, variables: OrderCustomerQueryVariables},
  "#graphql\n  query OrderNames($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Order {\n        id\n        name\n        email\n        customer {\n          displayName\n        }\n      }\n    }\n  }\n": {return: OrderNamesQuery, variables: OrderNamesQueryVariables},
  "#graphql\n  query OrderLookup($query: String!) {\n    orders(first: 1, query: $query) {\n      nodes {\n        ...OrderContactFields\n      }\n    }\n  }\n  #graphql\n  fragment OrderContactFields on Order {\n    id\n    name\n    email\n    phone\n    customer {\n      id\n    }\n  }\n\n": {return: OrderLookupQuery, variables: OrderLookupQueryVariables},
  "#graphql\n  query CustomerRecentOrders($customerId: ID!) {\n    customer(id: $customerId) {\n      id\n      orders(first: 5, sortKey: PROCESSED_AT, reverse: true) {\n        nodes {\n          id\n          name\n          processedAt\n          displayFulfillmentStatus\n          cancelledAt\n        }\n      }\n    }\n  }\n": {return: CustomerRecentOrdersQuery, variables: CustomerRecentOrdersQueryVariables},
  "#graphql\n  query OrderOwner($id: ID!) {\n    order(id: $id) {\n      id\n      customer {\n        id\n      }\n    }\n  }\n": {return: OrderOwnerQuery, variables: OrderOwnerQueryVariables},
  "#graphql\n  query OrderTracking($id: ID!) {\n    order(id: $id) {\n      id\n      name\n      createdAt\n      processedAt\n      cancelledAt\n      cancelReason\n      confirmed\n      displayFinancialStatus\n      displayFulfillmentStatus\n      customer {\n        id\n      }\n      lineItems(first: 5) {\n        nodes {\n          product {\n            id\n          }\n        }\n      }\n      totalPriceSet {\n        presentmentMoney {\n          amount\n          currencyCode\n        }\n      }\n      refunds(first: 20) {\n        createdAt\n        totalRefundedSet {\n          presentmentMoney {\n            amount\n            currencyCode\n          }\n        }\n      }\n      fulfillmentOrders(first: 10) {\n        nodes {\n          id\n          status\n          createdAt\n          fulfillAt\n          deliveryMethod {\n            methodType\n            maxDeliveryDateTime\n          }\n          assignedLocation {\n            name\n          }\n          lineItems(first: 20) {\n            nodes {\n              productTitle\n              variantTitle\n              totalQuantity\n              remainingQuantity\n            }\n          }\n        }\n      }\n      fulfillments(first: 10) {\n        id\n        status\n        displayStatus\n        createdAt\n        inTransitAt\n        deliveredAt\n        estimatedDeliveryAt\n        location {\n          name\n        }\n        trackingInfo(first: 5) {\n          company\n          number\n          url\n        }\n        events(first: 20, sortKey: HAPPENED_AT) {\n          nodes {\n            status\n            happenedAt\n            message\n            estimatedDeliveryAt\n          }\n        }\n        fulfillmentLineItems(first: 20) {\n          nodes {\n            quantity\n            lineItem {\n              title\n              variantTitle\n            }\n          }\n        }\n        fulfillmentOrders(first: 5) {\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  }\n": {return: OrderTrackingQuery, variables: OrderTrackingQueryVariables},
  "#graphql\n  query OutreachRecipient($id: ID!) {\n    order(id: $id) {\n      id\n      name\n      email\n      customerLocale\n      customer {\n        ...EmailRecipientFields\n      }\n    }\n  }\n  #graphql\n  fragment EmailRecipientFields on Customer {\n    id\n    firstName\n    locale\n    defaultEmailAddress {\n      emailAddress\n      marketingState\n    }\n  }\n\n": {return: OutreachRecipientQuery, variables: OutreachRecipientQueryVariables},
  "#graphql\n  query ReturnReasonDefinitions($handles: [String!]) {\n    returnReasonDefinitions(first: 10, handles: $handles) {\n      nodes {\n        id\n        handle\n        deleted\n      }\n    }\n  }\n": {return: ReturnReasonDefinitionsQuery, variables: ReturnReasonDefinitionsQueryVariables},
  "#graphql\n  query ReturnReasons($id: ID!) {\n    return(id: $id) {\n      id\n      createdAt\n      order {\n        id\n      }\n      returnLineItems(first: 50) {\n        nodes {\n          id\n          quantity\n          returnReasonDefinition {\n            handle\n          }\n          ... on ReturnLineItem {\n            ...ReturnLineValueFields\n            fulfillmentLineItem {\n              lineItem {\n                product {\n                  id\n                  title\n                }\n                variant {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n  #graphql\n  fragment ReturnLineValueFields on ReturnLineItem {\n    withCodeDiscountedTotalPriceSet {\n      shopMoney {\n        amount\n        currencyCode\n      }\n    }\n  }\n\n": {return: ReturnReasonsQuery, variables: ReturnReasonsQueryVariables},
  "#graphql\n  query ShopOverview {\n    shop {\n      name\n      myshopifyDomain\n      currencyCode\n      ianaTimezone\n      primaryDomain {\n        url\n      }\n    }\n  }\n": {return: ShopOverviewQuery, variables: ShopOverviewQueryVariables},
  "#graphql\n  query StoreImportOrders {\n    orders {\n      edges {\n        node {\n          id\n          name\n          email\n          currencyCode\n          totalPriceSet {\n            shopMoney {\n              amount\n              currencyCode\n            }\n          }\n          displayFinancialStatus\n          displayFulfillmentStatus\n          discountCodes\n          customAttributes {\n            key\n            value\n          }\n          cancelledAt\n          processedAt\n          updatedAt\n          customer {\n            ...ImportedCustomerFields\n          }\n          refunds {\n            id\n            createdAt\n            totalRefundedSet {\n              shopMoney {\n                amount\n                currencyCode\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n  #graphql\n  fragment ImportedCustomerFields on Customer {\n    id\n    firstName\n    lastName\n    defaultEmailAddress {\n      emailAddress\n      marketingState\n      marketingUpdatedAt\n    }\n    defaultPhoneNumber {\n      phoneNumber\n    }\n    updatedAt\n  }\n\n": {return: StoreImportOrdersQuery, variables: StoreImportOrdersQueryVariables},
  "#graphql\n  query StoreImportCustomers {\n    customers {\n      edges {\n        node {\n          ...ImportedCustomerFields\n        }\n      }\n    }\n  }\n  #graphql\n  fragment ImportedCustomerFields on Customer {\n    id\n    firstName\n    lastName\n    defaultEmailAddress {\n      emailAddress\n      marketingState\n      marketingUpdatedAt\n    }\n    defaultPhoneNumber {\n      phoneNumber\n    }\n    updatedAt\n  }\n\n": {return: StoreImportCustomersQuery, variables: StoreImportCustomersQueryVariables},
  "#graphql\n  query GrantedScopes {\n    currentAppInstallation {\n      accessScopes {\n        handle\n      }\n    }\n  }\n": {return: GrantedScopesQuery, variables: GrantedScopesQueryVariables},
  "#graphql\n  query UrlRedirectsByPath($query: String!) {\n    urlRedirects(first: 5, query: $query) {\n      nodes {\n        id\n        path\n        target\n      }\n    }\n  }\n": {return: UrlRedirectsByPathQuery, variables: UrlRedirectsByPathQueryVariables},
  "#graphql\n  query VipBackfillCustomers {\n    customers {\n      edges {\n        node {\n          ...VipCustomerFactsFields\n          metafield(namespace: \"$app\", key: \"vip_tier\") {\n            jsonValue\n          }\n        }\n      }\n    }\n  }\n  #graphql\n  fragment VipCustomerFactsFields on Customer {\n    id\n    displayName\n    tags\n    amountSpent {\n      amount\n      currencyCode\n    }\n    numberOfOrders\n    lastOrder {\n      processedAt\n      createdAt\n    }\n    updatedAt\n  }\n\n": {return: VipBackfillCustomersQuery, variables: VipBackfillCustomersQueryVariables},
  "#graphql\n  query VipCustomerFacts($id: ID!, $namespace: String!, $key: String!) {\n    customer(id: $id) {\n      ...VipCustomerFactsFields\n      metafield(namespace: $namespace, key: $key) {\n        jsonValue\n      }\n    }\n  }\n  #graphql\n  fragment VipCustomerFactsFields on Customer {\n    id\n    displayName\n    tags\n    amountSpent {\n      amount\n      currencyCode\n    }\n    numberOfOrders\n    lastOrder {\n      processedAt\n      createdAt\n    }\n    updatedAt\n  }\n\n": {return: VipCustomerFactsQuery, variables: VipCustomerFactsQueryVariables},
  "#graphql\n  query VipCustomersPage($first: Int!, $after: String) {\n    customers(first: $first, after: $after) {\n      nodes {\n        ...VipCustomerFactsFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    customersCount {\n      count\n      precision\n    }\n  }\n  #graphql\n  fragment VipCustomerFactsFields on Customer {\n    id\n    displayName\n    tags\n    amountSpent {\n      amount\n      currencyCode\n    }\n    numberOfOrders\n    lastOrder {\n      processedAt\n      createdAt\n    }\n    updatedAt\n  }\n\n": {return: VipCustomersPageQuery, variables: VipCustomersPageQueryVariables},
  "#graphql\n  query VipCustomersTags($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Customer {\n        id\n        tags\n        updatedAt\n      }\n    }\n  }\n": {return: VipCustomersTagsQuery, variables: VipCustomersTagsQueryVariables},
  "#graphql\n  query VipOrderCustomerFacts($id: ID!, $namespace: String!, $key: String!) {\n    order(id: $id) {\n      id\n      customer {\n        ...VipCustomerFactsFields\n        metafield(namespace: $namespace, key: $key) {\n          jsonValue\n        }\n      }\n    }\n  }\n  #graphql\n  fragment VipCustomerFactsFields on Customer {\n    id\n    displayName\n    tags\n    amountSpent {\n      amount\n      currencyCode\n    }\n    numberOfOrders\n    lastOrder {\n      processedAt\n      createdAt\n    }\n    updatedAt\n  }\n\n": {return: VipOrderCustomerFactsQuery, variables: VipOrderCustomerFactsQueryVariables},
}

interface GeneratedMutationTypes {
  "#graphql\n  mutation BulkOperationCancel($id: ID!) {\n    bulkOperationCancel(id: $id) {\n      bulkOperation {\n        id\n        status\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n  #graphql\n  fragment UserErrorFields on DisplayableError {\n    field\n    message\n  }\n\n": {return: BulkOperationCancelMutation, variables: BulkOperationCancelMutationVariables},
  "#graphql\n  mutation BulkOperationRunQuery($query: String!) {\n    bulkOperationRunQuery(query: $query, groupObjects: false) {\n      bulkOperation {\n        id\n        status\n      }\n      userErrors {\n        ...UserErrorFields\n        code\n      }\n    }\n  }\n  #graphql\n  fragment UserErrorFields on DisplayableError {\n    field\n    message\n  }\n\n": {return: BulkOperationRunQueryMutation, variables: BulkOperationRunQueryMutationVariables},
  "#graphql\n  mutation CustomerEmailMarketingConsentUpdate($input: CustomerEmailMarketingConsentUpdateInput!) {\n    customerEmailMarketingConsentUpdate(input: $input) {\n      customer {\n        id\n        defaultEmailAddress {\n          marketingState\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n  #graphql\n  fragment UserErrorFields on DisplayableError {\n    field\n    message\n  }\n\n": {return: CustomerEmailMarketingConsentUpdateMutation, variables: CustomerEmailMarketingConsentUpdateMutationVariables},
  "#graphql\n  mutation DiscountCodeBasicCreate($basicCodeDiscount: DiscountCodeBasicInput!) {\n    discountCodeBasicCreate(basicCodeDiscount: $basicCodeDiscount) {\n      codeDiscountNode {\n        ...DiscountCodeNodeFields\n      }\n      userErrors {\n        ...UserErrorFields\n        code\n      }\n    }\n  }\n  #graphql\n  fragment DiscountCodeNodeFields on DiscountCodeNode {\n    id\n    codeDiscount {\n      ... on DiscountCodeBasic {\n        status\n        endsAt\n      }\n    }\n  }\n\n  #graphql\n  fragment UserErrorFields on DisplayableError {\n    field\n    message\n  }\n\n": {return: DiscountCodeBasicCreateMutation, variables: DiscountCodeBasicCreateMutationVariables},
  "#graphql\n  mutation DiscountCodeBasicUpdate($id: ID!, $basicCodeDiscount: DiscountCodeBasicInput!) {\n    discountCodeBasicUpdate(id: $id, basicCodeDiscount: $basicCodeDiscount) {\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n  #graphql\n  fragment UserErrorFields on DisplayableError {\n    field\n    message\n  }\n\n": {return: DiscountCodeBasicUpdateMutation, variables: DiscountCodeBasicUpdateMutationVariables},
  "#graphql\n  mutation DiscountCodeSetActive($id: ID!, $active: Boolean!) {\n    discountCodeActivate(id: $id) @include(if: $active) {\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n    discountCodeDeactivate(id: $id) @skip(if: $active) {\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n  #graphql\n  fragment UserErrorFields on DisplayableError {\n    field\n    message\n  }\n\n": {return: DiscountCodeSetActiveMutation, variables: DiscountCodeSetActiveMutationVariables},
  "#graphql\n  mutation DiscountRedeemCodeBulkAdd($discountId: ID!, $codes: [DiscountRedeemCodeInput!]!) {\n    discountRedeemCodeBulkAdd(discountId: $discountId, codes: $codes) {\n      bulkCreation {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n  #graphql\n  fragment UserErrorFields on DisplayableError {\n    field\n    message\n  }\n\n": {return: DiscountRedeemCodeBulkAddMutation, variables: DiscountRedeemCodeBulkAddMutationVariables},
  "#graphql\n  mutation ExchangeDraftOrderCreate($input: DraftOrderInput!) {\n    draftOrderCreate(input: $input) {\n      draftOrder {\n        id\n        name\n        invoiceUrl\n        totalPriceSet {\n          shopMoney {\n            amount\n            currencyCode\n          }\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n  #graphql\n  fragment UserErrorFields on DisplayableError {\n    field\n    message\n  }\n\n": {return: ExchangeDraftOrderCreateMutation, variables: ExchangeDraftOrderCreateMutationVariables},
  "#graphql\n  mutation ExchangeReturnCreate($input: ReturnInput!) {\n    returnCreate(returnInput: $input) {\n      return {\n        id\n        name\n        status\n        exchangeLineItems(first: 10) {\n          nodes {\n            id\n            variantId\n            quantity\n          }\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n  #graphql\n  fragment UserErrorFields on DisplayableError {\n    field\n    message\n  }\n\n": {return: ExchangeReturnCreateMutation, variables: ExchangeReturnCreateMutationVariables},
  "#graphql\n  mutation FlowTriggerReceive($handle: String!, $payload: JSON!) {\n    flowTriggerReceive(handle: $handle, payload: $payload) {\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n  #graphql\n  fragment UserErrorFields on DisplayableError {\n    field\n    message\n  }\n\n": {return: FlowTriggerReceiveMutation, variables: FlowTriggerReceiveMutationVariables},
  "#graphql\n  mutation ReturnProcess($input: ReturnProcessInput!) {\n    returnProcess(input: $input) {\n      return {\n        id\n        status\n        refunds(first: 10) {\n          nodes {\n            id\n          }\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n  #graphql\n  fragment UserErrorFields on DisplayableError {\n    field\n    message\n  }\n\n": {return: ReturnProcessMutation, variables: ReturnProcessMutationVariables},
  "#graphql\n  mutation UrlRedirectCreate($urlRedirect: UrlRedirectInput!) {\n    urlRedirectCreate(urlRedirect: $urlRedirect) {\n      urlRedirect {\n        id\n        path\n        target\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n  #graphql\n  fragment UserErrorFields on DisplayableError {\n    field\n    message\n  }\n\n": {return: UrlRedirectCreateMutation, variables: UrlRedirectCreateMutationVariables},
  "#graphql\n  mutation VipTagsAdd($id: ID!, $tags: [String!]!) {\n    tagsAdd(id: $id, tags: $tags) {\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n  #graphql\n  fragment UserErrorFields on DisplayableError {\n    field\n    message\n  }\n\n": {return: VipTagsAddMutation, variables: VipTagsAddMutationVariables},
  "#graphql\n  mutation VipTagsRemove($id: ID!, $tags: [String!]!) {\n    tagsRemove(id: $id, tags: $tags) {\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n  #graphql\n  fragment UserErrorFields on DisplayableError {\n    field\n    message\n  }\n\n": {return: VipTagsRemoveMutation, variables: VipTagsRemoveMutationVariables},
  "#graphql\n  mutation VipTierMetafieldsDelete($metafields: [MetafieldIdentifierInput!]!) {\n    metafieldsDelete(metafields: $metafields) {\n      deletedMetafields {\n        ownerId\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n  #graphql\n  fragment UserErrorFields on DisplayableError {\n    field\n    message\n  }\n\n": {return: VipTierMetafieldsDeleteMutation, variables: VipTierMetafieldsDeleteMutationVariables},
  "#graphql\n  mutation VipTierMetafieldsSet($metafields: [MetafieldsSetInput!]!) {\n    metafieldsSet(metafields: $metafields) {\n      metafields {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n  #graphql\n  fragment UserErrorFields on DisplayableError {\n    field\n    message\n  }\n\n": {return: VipTierMetafieldsSetMutation, variables: VipTierMetafieldsSetMutationVariables},
}
declare module '@shopify/admin-api-client' {
  type InputMaybe<T> = AdminTypes.InputMaybe<T>;
  interface AdminQueries extends GeneratedQueryTypes {}
  interface AdminMutations extends GeneratedMutationTypes {}
}
