package com.invoice24.overview;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.PageSession;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

class OverviewPagesTests extends IntegrationTest {

    private Workspace acme;
    private Bookkeeping books;
    private PageSession browser;

    @BeforeEach
    void signIn() {
        acme = signUp("Acme Consulting LLC");
        books = new Bookkeeping(http, acme);
        books.today("2026-03-02");
        browser = signedIn(acme);
    }

    @Test
    void homeShowsWhatIsOwedOverdueDueThisWeekAndRecentlyPaidWithThousandsSeparators() {
        String globex = books.onboardedClient("Globex");
        books.sentInvoice(globex, "2026-01-05", "12000.00");
        String dueWednesday = books.sentInvoice(globex, "2026-02-02", "1500.00");
        books.sentInvoice(globex, "2026-03-02", "800.00");
        books.payment(globex, dueWednesday, "500.00", "2026-02-27", "ACH-2231");

        String home = browser.get("/").getResponseBody();

        assertThat(section(home, "id=\"owed\"")).contains("$13,800.00", "3 open invoices");
        assertThat(section(home, "id=\"overdue\"")).contains("$12,000.00", "1 invoice past due");
        assertThat(section(home, "id=\"due-this-week\"")).contains("$1,000.00", "1 invoice due in the next 7 days");
        assertThat(section(home, "id=\"recently-paid\"")).contains("Feb 27", "Globex", "$500.00");
        assertThat(home).contains("New invoice", "href=\"/invoices/new\"");
    }

    @Test
    void theOwedFiguresMoveWithAPaymentAndWithTheNextDayThoughTheyAreKeptBetweenVisits() {
        String globex = books.onboardedClient("Globex");
        String invoice = books.sentInvoice(globex, "2026-02-02", "1500.00");
        assertThat(section(browser.get("/").getResponseBody(), "id=\"owed\"")).contains("$1,500.00");
        assertThat(section(browser.get("/").getResponseBody(), "id=\"due-this-week\"")).contains("$1,500.00");

        books.payment(globex, invoice, "500.00", "2026-03-02", "ACH-2231");
        assertThat(section(browser.get("/").getResponseBody(), "id=\"owed\"")).contains("$1,000.00");

        books.today("2026-03-05");
        String later = browser.get("/").getResponseBody();
        assertThat(section(later, "id=\"overdue\"")).contains("$1,000.00", "1 invoice past due");
        assertThat(section(later, "id=\"due-this-week\"")).doesNotContain("$1,000.00");
    }

    @Test
    void homeListsTheNextActionsWithLinks() {
        String globex = books.onboardedClient("Globex");
        String initech = books.newClient("Initech");
        String draft = books.draft(globex, "2400.00");
        String disputed = books.sentInvoice(globex, "2026-02-20", "900.00");
        books.dispute(disputed, "Hours on line 1 not approved", "2026-03-05");
        String calm = books.sentInvoice(globex, "2026-02-20", "300.00");
        books.dispute(calm, "Wrong PO", "2026-04-30");
        String late = books.sentInvoice(globex, "2026-02-20", "450.00");
        books.dispute(late, "Rate not agreed", "2026-02-27");

        String actions = section(browser.get("/").getResponseBody(), "id=\"next-actions\"");

        assertThat(actions).contains("1 draft to send", "href=\"/invoices/" + draft + "\"", "Draft for Globex",
                "$2,400.00");
        assertThat(actions).contains("Disputes near their deadline", "href=\"/invoices/" + disputed + "\"",
                books.number(disputed), "resolve by Mar 5", "Hours on line 1 not approved");
        assertThat(actions).contains("href=\"/invoices/" + late + "\"", "was due Feb 27", "Rate not agreed");
        assertThat(actions).doesNotContain("Wrong PO");
        assertThat(actions).contains("1 client missing onboarding items", "href=\"/clients/" + initech + "\"",
                "AP contact", "W-9 sent");
    }

    @Test
    void aReadOnlyMemberSeesTheFiguresButNoNewInvoiceButton() {
        String globex = books.onboardedClient("Globex");
        books.sentInvoice(globex, "2026-01-05", "12000.00");
        PageSession reader = signedIn(join(acme, "READ_ONLY").email());

        String home = reader.get("/").getResponseBody();

        assertThat(section(home, "id=\"overdue\"")).contains("$12,000.00");
        assertThat(home).doesNotContain("href=\"/invoices/new\"");
    }

    @Test
    void anEmptyWorkspaceSaysNothingIsWaitingAndHowToStart() {
        String home = browser.get("/").getResponseBody();

        assertThat(home).contains("Nothing waiting on you", "$0.00", "Add your first client", "No payments recorded yet.");
    }

    @Test
    void clientPageLoadsItsInvoicesPaymentsCreditsAndRemindersAsSections() {
        String globex = books.onboardedClient("Globex");
        String paid = books.sentInvoice(globex, "2026-03-02", "12000.00");
        String credited = books.sentInvoice(globex, "2026-03-02", "1000.00");
        books.payment(globex, paid, "12000.00", "2026-03-02", "FW-88");
        books.creditNote(credited, "250.00", "Hours billed twice");
        books.today("2026-03-09");
        books.runJobs();

        String page = browser.get("/clients/" + globex).getResponseBody();
        assertThat(page).contains("$750.00", "hx-get=\"/clients/" + globex + "/sections/invoices\"",
                "hx-get=\"/clients/" + globex + "/sections/payments\"",
                "hx-get=\"/clients/" + globex + "/sections/credits\"",
                "hx-get=\"/clients/" + globex + "/sections/reminders\"", "hx-trigger=\"load\"");

        assertThat(section(browser, globex, "invoices")).contains(books.number(paid), books.number(credited),
                "$12,000.00", "Paid", "$750.00", "2 invoices");
        assertThat(section(browser, globex, "payments")).contains("FW-88", "$12,000.00",
                "href=\"/invoices/" + paid + "\"");
        assertThat(section(browser, globex, "credits")).contains("CN-", "Hours billed twice", "$250.00",
                "Credit held for this client:", "/clients/" + globex + "/statement");
        assertThat(section(browser, globex, "reminders")).contains("follows the workspace reminder sequence",
                "7 days after sending", "Mar 9, 2026", books.number(credited), "sent+7");
    }

    @Test
    void theSectionsOfAnotherWorkspacesClientAreNotFound() {
        Workspace other = signUp("Other LLC");
        Bookkeeping theirs = new Bookkeeping(http, other);
        String theirClient = theirs.onboardedClient("Hooli");
        theirs.sentInvoice(theirClient, "2026-03-02", "4321.00");

        for (String section : new String[] {"invoices", "payments", "credits", "reminders"}) {
            EntityExchangeResult<String> answer = browser.get("/clients/" + theirClient + "/sections/" + section);
            assertThat(answer.getStatus().value()).as(section).isEqualTo(404);
            assertThat(answer.getResponseBody()).as(section).doesNotContain("$4,321.00", "Hooli");
        }
        assertThat(browser.get("/clients/" + theirClient).getStatus().value()).isEqualTo(404);
    }

    @Test
    void paymentsListShowsTheClientEvenArchivedAndWhichInvoicesEachPaymentPaid() {
        String globex = books.onboardedClient("Globex");
        String initech = books.onboardedClient("Initech");
        String first = books.sentInvoice(globex, "2026-03-02", "12000.00");
        String second = books.sentInvoice(initech, "2026-03-02", "2500.00");
        books.payment(globex, first, "12000.00", "2026-03-03", "FW-1");
        books.payment(initech, second, "2500.00", "2026-03-04", "CHK-2");
        browser.get("/clients/" + initech);
        browser.submit("/clients/" + initech + "/archive", Map.of());

        String list = browser.get("/payments").getResponseBody();

        assertThat(list).contains("<th scope=\"col\">Client</th>", "<th scope=\"col\">Paid invoices</th>");
        assertThat(row(list, "FW-1")).contains("href=\"/clients/" + globex + "\"", ">Globex<",
                "href=\"/invoices/" + first + "\"", books.number(first), "$12,000.00");
        assertThat(row(list, "CHK-2")).contains(">Initech<", "href=\"/invoices/" + second + "\"", "$2,500.00");
    }

    @Test
    void anUnknownAddressKeepsTheNavigationForSomeoneSignedIn() {
        EntityExchangeResult<String> missing = browser.getHtml("/no-such-page");

        assertThat(missing.getStatus().value()).isEqualTo(404);
        assertThat(missing.getResponseBody()).contains("Not found", "There is nothing at this address.",
                "id=\"sidenav\"", "href=\"/payments\"", "Dana Whitfield");
        EntityExchangeResult<String> unknownClient = browser.getHtml("/clients/7b0cbd1e-5d0c-4ad4-8d4d-1f2b7c1c0b55");
        assertThat(unknownClient.getStatus().value()).isEqualTo(404);
        assertThat(unknownClient.getResponseBody()).contains("id=\"sidenav\"", "Sign out");
    }

    @Test
    void theErrorPageOfSomeoneSignedOutHasNoNavigation() {
        EntityExchangeResult<String> missing = new PageSession(port).getHtml("/error");

        assertThat(missing.getResponseBody()).contains("Back to Invoice24").doesNotContain("id=\"sidenav\"");
    }

    private static String section(PageSession browser, String client, String name) {
        EntityExchangeResult<String> section = browser.get("/clients/" + client + "/sections/" + name);
        assertThat(section.getStatus().value()).as(name).isEqualTo(200);
        assertThat(section.getResponseBody()).as(name).doesNotContain("<html");
        return section.getResponseBody();
    }

    /** The element that opens with {@code marker} up to the next card or panel. */
    private static String section(String page, String marker) {
        int start = page.indexOf(marker);
        assertThat(start).as(marker).isNotNegative();
        int end = page.indexOf("class=\"card", start + marker.length());
        int panel = page.indexOf("class=\"panel", start + marker.length());
        int stop = end < 0 ? panel : panel < 0 ? end : Math.min(end, panel);
        return page.substring(start, stop < 0 ? page.length() : stop);
    }

    private static String row(String page, String text) {
        int at = page.indexOf(text);
        assertThat(at).as(text).isNotNegative();
        return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
    }
}
