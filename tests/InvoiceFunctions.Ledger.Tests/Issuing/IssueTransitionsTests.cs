using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Ledger.Tests.Issuing;

/// <summary>The pipeline's steps on the ledger row and the credit-note rules, as pure functions.</summary>
public sealed class IssueTransitionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    [Fact]
    public void Steps_InOrder_StayIssuingUntilTheLast()
    {
        var invoice = IssueTransitions.Request(Draft(), "F", Now, "u").Updated;
        var statuses = new List<InvoiceStatus> { invoice.Status };
        invoice = IssueTransitions.Validated(invoice, Now, "p").Updated;
        statuses.Add(invoice.Status);
        invoice = IssueTransitions.Number(invoice, new InvoiceNumber("F", 2026, 7), Today, Today.AddDays(30), Now, "p").Updated;
        statuses.Add(invoice.Status);
        invoice = IssueTransitions.Rendered(invoice, "facture.pdf", Now, "p").Updated;
        statuses.Add(invoice.Status);
        invoice = InvoiceTransitions.Archive(invoice, new ArchiveReference(1, new string('a', 64)), Now, "p").Updated;
        statuses.Add(invoice.Status);
        var issued = IssueTransitions.Issued(invoice, Now, "p");

        Assert.All(statuses, s => Assert.Equal(InvoiceStatus.Issuing, s));
        Assert.Equal(InvoiceStatus.Issued, issued.Updated.Status);
        Assert.Equal(IssueProgress.Issued, issued.Updated.Stage);
        Assert.Equal("F-2026-000007", issued.Updated.Number);
        Assert.Equal(7, issued.Event.Sequence);
    }

    [Fact]
    public void Steps_OutOfOrderOrRepeated_Refused()
    {
        var requested = IssueTransitions.Request(Draft(), "F", Now, "u").Updated;
        var validated = IssueTransitions.Validated(requested, Now, "p").Updated;

        Assert.Throws<InvoiceStateException>(() => IssueTransitions.Validated(validated, Now, "p"));
        Assert.Throws<InvoiceStateException>(() => IssueTransitions.Rendered(validated, "x", Now, "p"));
        Assert.Throws<InvoiceStateException>(() => IssueTransitions.Request(requested, "F", Now, "u"));
        Assert.Throws<InvoiceStateException>(() => IssueTransitions.Request(Draft() with { Document = null }, "F", Now, "u"));
        Assert.Throws<InvoiceStateException>(() => InvoiceTransitions.RecordPayment(validated, 10m, Now, "u"));
    }

    [Fact]
    public void Refuse_BackToDraftWithoutNumber()
    {
        var refused = IssueTransitions.Refuse(IssueTransitions.Request(Draft(), "F", Now, "u").Updated, "FR-01 Seller.LegalRegistrationId", Now, "p");

        Assert.Equal(InvoiceStatus.Draft, refused.Updated.Status);
        Assert.Equal(IssueProgress.None, refused.Updated.Stage);
        Assert.Null(refused.Updated.Number);
        Assert.Equal(InvoiceEventType.IssueRefused, refused.Event.Type);
    }

    [Fact]
    public void ApplyCredit_OncePerCreditNote_FullCreditClosesTheInvoice()
    {
        var invoice = Draft() with { Status = InvoiceStatus.Sent, Number = "F-2026-000001" };
        var partial = Draft() with { Id = "inv-cn1", Kind = InvoiceKind.CreditNote, Number = "AV-2026-000001", Amounts = new InvoiceAmounts("EUR", 50m, 10m, 60m, 60m) };
        var rest = partial with { Id = "inv-cn2", Number = "AV-2026-000002" };

        var once = IssueTransitions.ApplyCredit(invoice, partial, Now, "p")!.Updated;
        var again = IssueTransitions.ApplyCredit(once, partial, Now, "p");
        var closed = IssueTransitions.ApplyCredit(once, rest, Now, "p")!.Updated;

        Assert.Equal(60m, once.Balance);
        Assert.Equal(InvoiceStatus.Sent, once.Status);
        Assert.Null(again);
        Assert.Equal(0m, closed.Balance);
        Assert.Equal(InvoiceStatus.Credited, closed.Status);
        Assert.Equal(["inv-cn1", "inv-cn2"], closed.CreditNotes!);
    }

    [Fact]
    public void CreditNoteLines_NamedLinesAndQuantities_EveryProblemListed()
    {
        var invoice = new InvoiceDraft("c1", [new DraftLine(3, Name: "Jour", UnitPrice: 650), new DraftLine(1, Name: "Frais", UnitPrice: 120)]);

        var all = CreditNotes.Lines(invoice, new CreditNoteRequest());
        var some = CreditNotes.Lines(invoice, new CreditNoteRequest([new LineQuantity(1, 2)]));
        var bad = Assert.Throws<LedgerValidationException>(() => CreditNotes.Lines(invoice, new CreditNoteRequest([new LineQuantity(1, 4), new LineQuantity(3, 1)])));

        Assert.Equal(2, all.Count);
        Assert.Equal(2m, Assert.Single(some).Quantity);
        Assert.Equal(["lines[0].quantity", "lines[1].line"], bad.Errors.Select(e => e.Path));
    }

    private static LedgerInvoice Draft() => new(
        CompanyId.Parse("acme"), "inv-1", InvoiceDirection.Sales, null, null, InvoiceStatus.Draft, null, "c1", "acme", null, null,
        new InvoiceAmounts("EUR", 100m, 20m, 120m, 120m), 0m, SourceChannel.Api, [], null, 1, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, Document: new string('d', 64));
}
