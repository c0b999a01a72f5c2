package dev.capex.report;

import dev.capex.engine.model.Account;
import dev.capex.engine.model.CashLine;

/**
 * The statements' line names in the player's language. The engine's {@link Account#label()} and
 * {@link CashLine#label()} stay English (saves, CSV exports, the fingerprint); what a player reads comes
 * from the bundles here. A new account without a text falls back to the engine's English label.
 */
public final class Names {
    private Names() {
    }

    public static String account(Account a) {
        return switch (a) {
            case CASH -> Msg.t("acct.cash");
            case GPU_DEPOSITS -> Msg.t("acct.gpuDeposits");
            case CONSTRUCTION_IN_PROGRESS -> Msg.t("acct.constructionInProgress");
            case SERVERS -> Msg.t("acct.servers");
            case BUILDINGS -> Msg.t("acct.buildings");
            case HELD_FOR_SALE -> Msg.t("acct.heldForSale");
            case INVESTMENTS -> Msg.t("acct.investments");
            case OTHER_ASSETS -> Msg.t("acct.otherAssets");
            case DEFERRED_TAX -> Msg.t("acct.deferredTax");
            case DEBT -> Msg.t("acct.debt");
            case OTHER_LIABILITIES -> Msg.t("acct.otherLiabilities");
            case TAX_PAYABLE -> Msg.t("acct.taxPayable");
            case PAID_IN_CAPITAL -> Msg.t("acct.paidInCapital");
            case RETAINED_EARNINGS -> Msg.t("acct.retainedEarnings");
            case AD_REVENUE -> Msg.t("acct.adRevenue");
            case REALITY_LABS_REVENUE -> Msg.t("acct.realityLabsRevenue");
            case COMPUTE_RESALE_REVENUE -> Msg.t("acct.computeResaleRevenue");
            case CORE_OPEX -> Msg.t("acct.coreOpex");
            case STOCK_COMPENSATION -> Msg.t("acct.stockCompensation");
            case FLEET_OPEX -> Msg.t("acct.fleetOpex");
            case REALITY_LABS_COSTS -> Msg.t("acct.realityLabsCosts");
            case TALENT_COMPENSATION -> Msg.t("acct.talentCompensation");
            case POWER -> Msg.t("acct.power");
            case CLOUD_RENT -> Msg.t("acct.cloudRent");
            case LEASE_RENT -> Msg.t("acct.leaseRent");
            case RESTRUCTURING -> Msg.t("acct.restructuring");
            case LEGAL -> Msg.t("acct.legal");
            case DEPRECIATION -> Msg.t("acct.depreciation");
            case IMPAIRMENT -> Msg.t("acct.impairment");
            case GAIN_ON_SALE -> Msg.t("acct.gainOnSale");
            case INTEREST_EXPENSE -> Msg.t("acct.interestExpense");
            case INTEREST_INCOME -> Msg.t("acct.interestIncome");
            case INCOME_TAX -> Msg.t("acct.incomeTax");
            default -> a.label();
        };
    }

    public static String cashLine(CashLine l) {
        return switch (l) {
            case RECEIPTS_FROM_CUSTOMERS -> Msg.t("cash.receiptsFromCustomers");
            case OPERATING_PAYMENTS -> Msg.t("cash.operatingPayments");
            case TALENT_PAID -> Msg.t("cash.talentPaid");
            case RENT_PAID -> Msg.t("cash.rentPaid");
            case INTEREST_PAID -> Msg.t("cash.interestPaid");
            case INTEREST_RECEIVED -> Msg.t("cash.interestReceived");
            case TAX_PAID -> Msg.t("cash.taxPaid");
            case CAPEX_GPUS -> Msg.t("cash.capexGpus");
            case CAPEX_CONSTRUCTION -> Msg.t("cash.capexConstruction");
            case CAPEX_MAINTENANCE -> Msg.t("cash.capexMaintenance");
            case ASSET_SALES -> Msg.t("cash.assetSales");
            case STAKES -> Msg.t("cash.stakes");
            case DEBT_RAISED -> Msg.t("cash.debtRaised");
            case DEBT_REPAID -> Msg.t("cash.debtRepaid");
            case EQUITY_ISSUED -> Msg.t("cash.equityIssued");
            case DIVIDENDS -> Msg.t("cash.dividends");
            case BUYBACKS -> Msg.t("cash.buybacks");
            case RSU_TAXES -> Msg.t("cash.rsuTaxes");
            case EMERGENCY_FACILITY -> Msg.t("cash.emergencyFacility");
            case FINANCING_FEES -> Msg.t("cash.financingFees");
            default -> l.label();
        };
    }

    public static String section(CashLine.Section s) {
        return switch (s) {
            case OPERATING -> Msg.t("cash.section.operating");
            case INVESTING -> Msg.t("cash.section.investing");
            case FINANCING -> Msg.t("cash.section.financing");
        };
    }
}
