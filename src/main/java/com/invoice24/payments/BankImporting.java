package com.invoice24.payments;

import com.invoice24.clients.Client;
import com.invoice24.clients.ClientId;
import com.invoice24.clients.Clients;
import com.invoice24.clients.PaymentMethod;
import com.invoice24.invoicing.Invoice;
import com.invoice24.invoicing.Invoicing;
import com.invoice24.shared.BusinessRuleException;
import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.InvalidRequestException;
import com.invoice24.shared.Money;
import com.invoice24.shared.NotFoundException;
import com.invoice24.shared.ResultPage;
import com.invoice24.shared.Uploads;
import com.invoice24.shared.WrongStateException;
import com.invoice24.workspace.CurrentUser;
import com.invoice24.workspace.WorkspaceId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bank-statement import: reads the whole file first (a malformed file is refused and nothing is applied),
 * skips lines imported before, applies confident matches as payments through {@link PaymentRecording}, and
 * queues the rest for review, where a bookkeeper applies or dismisses them. The open invoices of every
 * client are read once per import and kept current in memory as deposits pay them; the file's lines are
 * checked against earlier imports and written with one statement each, however long the file.
 */
@Service
class BankImporting {

    private static final Logger log = LoggerFactory.getLogger(BankImporting.class);

    private final BankImports imports;
    private final BankImportMappings mappings;
    private final PaymentRecording recording;
    private final Invoicing invoicing;
    private final Clients clients;
    private final Clock clock;

    BankImporting(BankImports imports, BankImportMappings mappings, PaymentRecording recording, Invoicing invoicing,
                  Clients clients, Clock clock) {
        this.imports = imports;
        this.mappings = mappings;
        this.recording = recording;
        this.invoicing = invoicing;
        this.clients = clients;
        this.clock = clock;
    }

    @Transactional
    public BankImport importFile(CurrentUser user, @Nullable String fileName, byte[] file,
                                 @Nullable StatementFormat format, @Nullable UUID mappingId) {
        WorkspaceId workspace = user.workspaceId();
        String content = text(file);
        Uploads.require("file", file, Set.of(Uploads.TEXT, Uploads.XML),
                "Import the bank statement as the CSV, OFX or BAI2 file your bank exports; this file is none of those.");
        StatementFormat read = format != null ? format : StatementFormat.detect(content);
        BankImportMapping mapping = mappingId == null ? null : mapping(workspace, mappingId);
        List<StatementParser.Credit> credits = read.parser(mapping).parse(content);
        imports.lockWorkspace(workspace);
        BankImport header = new BankImport(UUID.randomUUID(), read, fileName, clock.instant(), user.name(), List.of());
        imports.add(workspace, header);
        Map<ClientId, DepositMatcher.Candidate> candidates = candidates(workspace);
        Map<String, Integer> seen = new HashMap<>();
        List<String> fingerprints = credits.stream()
                .map(credit -> fingerprint(credit, seen.merge(key(credit), 1, Integer::sum)))
                .toList();
        Set<String> known = imports.knownFingerprints(workspace, fingerprints);
        List<BankImports.NewLine> lines = new ArrayList<>();
        for (int index = 0; index < credits.size(); index++) {
            StatementParser.Credit credit = credits.get(index);
            String fingerprint = fingerprints.get(index);
            if (known.contains(fingerprint)) {
                lines.add(new BankImports.NewLine(line(header, credit, BankLine.Status.DUPLICATE), null));
                continue;
            }
            BankLine line = line(header, credit, BankLine.Status.REVIEW);
            DepositMatch match = DepositMatcher.match(credit, candidates.values());
            if (match.isConfident()) {
                ClientId client = match.confident().clientId();
                Payment payment = recording.record(user, payment(line, client, match.allocations().stream()
                        .map(share -> new PaymentRequest.Target(share.invoiceId().value(), share.amount())).toList()));
                line = line.applied(payment.id());
                candidates.put(client, candidates.get(client).after(payment.allocations()));
            }
            lines.add(new BankImports.NewLine(line, fingerprint));
        }
        imports.addLines(workspace, lines, user.name(), clock.instant());
        BankImport done = bankImport(workspace, header.id());
        log.info("Bank import {} ({}): {} deposits, {} applied, {} for review, {} already imported", done.id(), read,
                done.lines().size(), done.applied(), done.needsReview(), done.alreadyImported());
        return done;
    }

    /** A line from the review queue paid by hand: to the invoices chosen, or the client's oldest due first. */
    @Transactional
    public Payment apply(CurrentUser user, UUID lineId, @Nullable UUID clientId,
                         @Nullable List<PaymentRequest.Target> allocations) {
        WorkspaceId workspace = user.workspaceId();
        BankLine line = reviewable(workspace, lineId);
        if (clientId == null) {
            throw new InvalidRequestException("Choose the client who paid.",
                    List.of(new FieldProblem("clientId", "Choose a client")));
        }
        Payment payment = recording.record(user, payment(line, new ClientId(clientId),
                allocations == null || allocations.isEmpty() ? null : allocations));
        imports.resolve(workspace, line.applied(payment.id()), user.name(), clock.instant());
        return payment;
    }

    /** An invoice ticked in the review queue, with the amount typed for it (none: as much as the deposit covers). */
    public record Pick(UUID invoiceId, @Nullable Money amount) {
    }

    /**
     * A deposit paid to the invoices picked in the review queue, all of one client: each typed amount as
     * typed (at most the invoice's balance), the rest of the deposit to the others in due order; what is
     * left over becomes the client's credit.
     */
    @Transactional
    public Payment applyPicked(CurrentUser user, UUID lineId, List<Pick> picks) {
        WorkspaceId workspace = user.workspaceId();
        BankLine line = reviewable(workspace, lineId);
        if (picks.isEmpty()) {
            throw new InvalidRequestException("Tick the invoices this deposit pays, or choose the client who paid.",
                    List.of(new FieldProblem("invoiceIds", "Tick at least one invoice")));
        }
        Map<UUID, DepositMatcher.OpenInvoice> open = new LinkedHashMap<>();
        Map<UUID, ClientId> owner = new HashMap<>();
        for (DepositMatcher.Candidate candidate : candidates(workspace).values()) {
            candidate.open().forEach(invoice -> {
                open.put(invoice.id().value(), invoice);
                owner.put(invoice.id().value(), candidate.clientId());
            });
        }
        List<DepositMatcher.OpenInvoice> picked = picks.stream().map(pick -> open.get(pick.invoiceId())).toList();
        if (picked.contains(null)) {
            throw new BusinessRuleException("An invoice ticked is no longer open; it may have been paid meanwhile.",
                    List.of(new FieldProblem("invoiceIds", "Tick only open invoices")));
        }
        Set<ClientId> payers = picks.stream().map(pick -> owner.get(pick.invoiceId())).collect(Collectors.toSet());
        if (payers.size() > 1) {
            throw new BusinessRuleException("The invoices ticked belong to different clients; a deposit pays one "
                    + "client's invoices.", List.of(new FieldProblem("invoiceIds", "Tick invoices of one client")));
        }
        return apply(user, line.id(), payers.iterator().next().value(), allocations(line, picks, open));
    }

    /** The deposit kept whole as the client's credit, to be applied to a later invoice. */
    @Transactional
    public Payment keepAsCredit(CurrentUser user, UUID lineId, @Nullable UUID clientId) {
        WorkspaceId workspace = user.workspaceId();
        BankLine line = reviewable(workspace, lineId);
        if (clientId == null) {
            throw new InvalidRequestException("Choose the client who paid.",
                    List.of(new FieldProblem("clientId", "Choose a client")));
        }
        Payment payment = recording.record(user, payment(line, new ClientId(clientId), List.of()));
        imports.resolve(workspace, line.applied(payment.id()), user.name(), clock.instant());
        return payment;
    }

    private static List<PaymentRequest.Target> allocations(BankLine line, List<Pick> picks,
                                                           Map<UUID, DepositMatcher.OpenInvoice> open) {
        List<PaymentRequest.Target> targets = new ArrayList<>();
        Money typed = Money.zero();
        for (Pick pick : picks) {
            DepositMatcher.OpenInvoice invoice = open.get(pick.invoiceId());
            if (pick.amount() == null) {
                continue;
            }
            if (!pick.amount().isPositive() || pick.amount().compareTo(invoice.due()) > 0) {
                throw new BusinessRuleException(invoice.number() + " has $" + invoice.due().formatted()
                        + " due; allocate more than 0.00 and at most that.", List.of(new FieldProblem("amount-"
                        + pick.invoiceId(), "Use at most " + invoice.due().formatted())));
            }
            targets.add(new PaymentRequest.Target(pick.invoiceId(), pick.amount()));
            typed = typed.plus(pick.amount());
        }
        if (typed.compareTo(line.amount()) > 0) {
            throw new BusinessRuleException("The amounts typed add up to $" + typed.formatted() + ", more than the "
                    + "deposit of $" + line.amount().formatted() + ".", List.of(new FieldProblem("invoiceIds",
                    "Allocate at most the deposit")));
        }
        List<DepositMatcher.OpenInvoice> rest = picks.stream().filter(pick -> pick.amount() == null)
                .map(pick -> open.get(pick.invoiceId())).distinct()
                .sorted(Comparator.comparing(DepositMatcher.OpenInvoice::dueDate,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        DepositMatcher.shares(rest, line.amount().minus(typed)).forEach(share ->
                targets.add(new PaymentRequest.Target(share.invoiceId().value(), share.amount())));
        return targets;
    }

    @Transactional
    public BankLine dismiss(CurrentUser user, UUID lineId, @Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("Say why the line is dismissed, e.g. \"Transfer from savings\".",
                    List.of(new FieldProblem("reason", "Enter the reason")));
        }
        WorkspaceId workspace = user.workspaceId();
        BankLine dismissed = reviewable(workspace, lineId).dismissed(reason.trim());
        imports.resolve(workspace, dismissed, user.name(), clock.instant());
        return dismissed;
    }

    public BankImport bankImport(WorkspaceId workspace, UUID id) {
        return imports.find(workspace, id).orElseThrow(() -> new NotFoundException("Bank import " + id));
    }

    public ResultPage<BankImport> list(WorkspaceId workspace, int page, int size) {
        return imports.list(workspace, page, size);
    }

    public ResultPage<BankLine> lines(WorkspaceId workspace, BankLine.@Nullable Status status, int page, int size) {
        return imports.lines(workspace, status, page, size);
    }

    /** The likely invoices of each line still in review, from one read of the workspace's open invoices. */
    public Map<UUID, List<LikelyInvoices.Likely>> likelyInvoices(WorkspaceId workspace, List<BankLine> lines) {
        Map<UUID, List<LikelyInvoices.Likely>> likely = new LinkedHashMap<>();
        if (lines.stream().noneMatch(BankLine::inReview)) {
            return likely;
        }
        LikelyInvoices matcher = new LikelyInvoices(candidates(workspace).values());
        lines.stream().filter(BankLine::inReview).forEach(line ->
                likely.put(line.id(), matcher.of(line.memo(), line.reference(), line.amount())));
        return likely;
    }

    /** Fresh suggestions for the lines still in review, as the open invoices stand now. */
    public Map<UUID, List<DepositMatch.Suggestion>> suggestions(WorkspaceId workspace, List<BankLine> lines) {
        Map<UUID, List<DepositMatch.Suggestion>> suggestions = new LinkedHashMap<>();
        if (lines.stream().noneMatch(BankLine::inReview)) {
            return suggestions;
        }
        Map<ClientId, DepositMatcher.Candidate> candidates = candidates(workspace);
        for (BankLine line : lines) {
            if (line.inReview()) {
                suggestions.put(line.id(), DepositMatcher.match(new StatementParser.Credit(line.line(), line.date(),
                        line.amount(), line.memo(), line.reference()), candidates.values()).suggestions());
            }
        }
        return suggestions;
    }

    @Transactional
    public BankImportMapping saveMapping(WorkspaceId workspace, BankImportMapping.Request request) {
        String name = String.valueOf(request.name()).trim();
        boolean signed = request.amountColumn() != null && !request.amountColumn().isBlank();
        boolean split = request.creditColumn() != null && !request.creditColumn().isBlank();
        if (signed == split) {
            throw new BusinessRuleException("Map either one amount column or a credit column (and a debit column).",
                    List.of(new FieldProblem("amountColumn", "Give the amount column, or leave it empty and give "
                            + "the credit column")));
        }
        String dateFormat = request.dateFormat() == null || request.dateFormat().isBlank() ? "M/d/yyyy"
                : request.dateFormat().trim();
        try {
            DateTimeFormatter.ofPattern(dateFormat, Locale.US);
        } catch (IllegalArgumentException notAPattern) {
            throw new BusinessRuleException("The date format is not a pattern such as M/d/yyyy or yyyy-MM-dd.",
                    List.of(new FieldProblem("dateFormat", "Use a pattern such as M/d/yyyy or yyyy-MM-dd")));
        }
        if (mappings.nameTaken(workspace, name)) {
            throw new BusinessRuleException("A mapping named \"" + name + "\" exists already.",
                    List.of(new FieldProblem("name", "Choose another name")));
        }
        BankImportMapping mapping = new BankImportMapping(UUID.randomUUID(), name, trimmed(request.dateColumn()),
                signed ? trimmed(request.amountColumn()) : null, split ? trimmed(request.creditColumn()) : null,
                blankToNull(request.debitColumn()), trimmed(request.memoColumn()), blankToNull(request.referenceColumn()),
                dateFormat, request.hasHeader() == null || request.hasHeader(), clock.instant());
        mappings.add(workspace, mapping);
        return mapping;
    }

    public List<BankImportMapping> mappings(WorkspaceId workspace) {
        return mappings.all(workspace);
    }

    private BankImportMapping mapping(WorkspaceId workspace, UUID id) {
        return mappings.find(workspace, id).orElseThrow(() -> new NotFoundException("Bank mapping " + id));
    }

    private BankLine reviewable(WorkspaceId workspace, UUID lineId) {
        BankLine line = imports.lockLine(workspace, lineId)
                .orElseThrow(() -> new NotFoundException("Bank line " + lineId));
        if (!line.inReview()) {
            throw new WrongStateException("This bank line is " + line.status().name().toLowerCase(Locale.ROOT)
                    + "; only lines waiting for review can be applied or dismissed.");
        }
        return line;
    }

    /** Every client with its open invoices, oldest due first: two queries, however many clients. */
    private Map<ClientId, DepositMatcher.Candidate> candidates(WorkspaceId workspace) {
        Map<ClientId, List<DepositMatcher.OpenInvoice>> open = new HashMap<>();
        invoicing.openInvoices(workspace).forEach(invoice -> open.computeIfAbsent(invoice.clientId(),
                client -> new ArrayList<>()).add(openInvoice(invoice)));
        Map<ClientId, DepositMatcher.Candidate> candidates = new LinkedHashMap<>();
        for (Client client : clients.ofWorkspace(workspace)) {
            candidates.put(client.id(), new DepositMatcher.Candidate(client.id(), client.name(),
                    open.getOrDefault(client.id(), List.of())));
        }
        return candidates;
    }

    private static DepositMatcher.OpenInvoice openInvoice(Invoice invoice) {
        return new DepositMatcher.OpenInvoice(invoice.id(), String.valueOf(invoice.number()), invoice.balanceDue(),
                invoice.poNumber(), invoice.dueDate());
    }

    private static PaymentRequest payment(BankLine line, ClientId client,
                                          @Nullable List<PaymentRequest.Target> allocations) {
        String reference = line.reference() != null ? line.reference() : line.memo();
        return new PaymentRequest(client.value(), line.amount(), line.date(),
                DepositMatcher.isWire(line.memo() + " " + (line.reference() == null ? "" : line.reference()))
                        ? PaymentMethod.WIRE : PaymentMethod.ACH,
                reference.length() > 120 ? reference.substring(0, 120) : reference, null, allocations);
    }

    private static BankLine line(BankImport header, StatementParser.Credit credit, BankLine.Status status) {
        return new BankLine(UUID.randomUUID(), header.id(), credit.line(), credit.date(), credit.amount(),
                credit.memo(), credit.reference(), status, null, null);
    }

    private static String key(StatementParser.Credit credit) {
        return credit.date() + "|" + credit.amount() + "|" + (credit.reference() == null ? "" : credit.reference())
                + "|" + credit.memo().trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    /** The same deposit in the same file, even the third identical one, always has the same fingerprint. */
    private static String fingerprint(StatementParser.Credit credit, int occurrence) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((key(credit) + "|" + occurrence).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
    }

    private static String text(byte[] file) {
        String content = new String(file, StandardCharsets.UTF_8);
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        if (content.isBlank()) {
            throw new InvalidRequestException("The file is empty.", List.of(new FieldProblem("file", "Choose a "
                    + "bank-statement file")));
        }
        return content;
    }

    private static String trimmed(@Nullable String value) {
        return String.valueOf(value).trim();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
