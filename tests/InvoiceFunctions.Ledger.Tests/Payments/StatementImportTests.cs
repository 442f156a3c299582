using System.Globalization;
using System.Text;
using Azure.Storage.Blobs;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Contacts;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Application.Payments;
using InvoiceFunctions.Core.Payments;
using InvoiceFunctions.Core.Payments.Matching;
using InvoiceFunctions.Ledger.Tests.Support;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.Ledger.Tests.Payments;

/// <summary>Bank statement import on Azurite: the camt.053 corpus, a generated 1,000-entry statement, re-imports, debits, quarantine.</summary>
public sealed class StatementImportTests(StorageFixture fixture) : IClassFixture<StorageFixture>
{
    private const int Group = 200;
    private const string Header = "booking_date,value_date,amount,currency,counterparty_name,counterparty_iban,remittance_information,creditor_reference,end_to_end_id,entry_reference";
    private readonly LedgerService ledger = fixture.App.Get<LedgerService>();
    private readonly PaymentService payments = fixture.App.Get<PaymentService>();
    private readonly BankStatementImporter importer = fixture.App.Get<BankStatementImporter>();
    private readonly CancellationToken none = CancellationToken.None;

    public static TheoryData<string> CamtExamples() =>
        [.. Directory.GetFiles(Path.Combine(Repository.Root, "..", "shared", "conformance", "camt053", "examples"), "*.xml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(CamtExamples))]
    public async Task ImportAsync_CamtCorpusExample_RecordsEachBookedEntryOnce(string file)
    {
        var company = await fixture.App.CompanyAsync(fixture.NewCompanyId("camt"));
        var content = await File.ReadAllBytesAsync(Path.Combine(Repository.Root, "..", "shared", "conformance", "camt053", "examples", file));
        var expected = PaymentCandidates.From(BankStatementReader.Read(new MemoryStream(content), file));

        var first = await importer.ImportAsync(company.Value, file, content, null, "t", none);
        var again = await importer.ImportAsync(company.Value, file, content, null, "t", none);
        var listed = await payments.ListAsync(company, false, 1000, null, none);

        Assert.Equal(expected.Count, first.Candidates);
        Assert.Equal(expected.Count, first.Recorded);
        Assert.Equal((0, expected.Count), (again.Recorded, again.AlreadyRecorded));
        Assert.Equal(expected.Select(BankStatementImporter.PaymentIdOf).Order(StringComparer.Ordinal), listed.Items.Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.All(listed.Items, p => Assert.Equal(PaymentSource.Statement, p.Source));
    }

    [Fact]
    public async Task ImportAsync_InvalidCamt_QuarantinedWithReasonAndNothingRecorded()
    {
        var company = await fixture.App.CompanyAsync(fixture.NewCompanyId("bad"));
        var content = await File.ReadAllBytesAsync(Path.Combine(Repository.Root, "..", "shared", "conformance", "camt053", "invalid", "camt053.v2.wrong.xml"));

        var refused = await Assert.ThrowsAsync<StatementQuarantinedException>(() => importer.ImportAsync(company.Value, "wrong.xml", content, null, "t", none));
        var garbage = await Assert.ThrowsAsync<StatementQuarantinedException>(() => importer.ImportAsync(company.Value, "x.csv", "no,columns\n1,2"u8.ToArray(), null, "t", none));

        Assert.Equal(StatementError.SchemaInvalid, refused.Error);
        Assert.Equal(StatementError.InvalidMapping, garbage.Error);
        var quarantine = new BlobServiceClient(fixture.Azurite.ConnectionString).GetBlobContainerClient("quarantine");
        Assert.Equal(content, (await quarantine.GetBlobClient(refused.QuarantineId + "/original").DownloadContentAsync()).Value.Content.ToArray());
        var reason = (await quarantine.GetBlobClient(refused.QuarantineId + "/reason.json").DownloadContentAsync()).Value.Content.ToString();
        Assert.Contains("\"code\":\"SchemaInvalid\"", reason, StringComparison.Ordinal);
        Assert.Contains("Stmt", reason, StringComparison.Ordinal); // the schema's own error, in details
        Assert.Contains("wrong.xml", reason, StringComparison.Ordinal);
        Assert.Empty((await payments.ListAsync(company, false, 10, null, none)).Items);
    }

    [Fact]
    public async Task ImportAsync_GeneratedStatementOf1000_EachGroupAsExpectedAndReimportChangesNothing()
    {
        var company = CompanyId.Parse(fixture.NewCompanyId("gen"));
        await fixture.App.Get<CompanyService>().CreateAsync(new NewCompany(company.Value, "GEN", null, null, "FR"), none);
        var contacts = fixture.App.Get<ContactService>();
        var ids = new string[5 * Group];
        await Parallel.ForEachAsync(Enumerable.Range(0, 5 * Group), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            await contacts.AddAsync(company, new NewParty($"c{i}", PartyRole.Customer, $"Customer {i:0000} SAS", null, null, null, "FR"), ct);
            var issued = new DateOnly(2026, 1, 1).AddDays(i % 60);
            var amount = 100m + i + 0.25m;
            ids[i] = (await ledger.CreateAsync(company, new NewLedgerInvoice(
                InvoiceDirection.Sales, $"c{i}", "EUR", amount, 0m, amount, Number: $"FA-2026-{i:00000}", IssueDate: issued, DueDate: issued.AddDays(30), Source: SourceChannel.Upload), "t", ct)).Id;
        });
        var csv = Encoding.UTF8.GetBytes(GeneratedCsv());

        var import = await importer.ImportAsync(company.Value, "march.csv", csv, "FR7630004000031234567890143", "t", none);

        Assert.Equal(new StatementImport("march.csv", 1, 1000, 1000, 0, 2 * Group, 3 * Group), import);
        var review = await AllAsync(company, reviewOnly: true);
        Assert.Equal(3 * Group, review.Count);
        var invoices = (await fixture.App.Get<OpenInvoices>().AllAsync(company, none)).ToDictionary(i => i.Id);
        for (var i = 0; i < 5 * Group; i++)
        {
            var invoice = invoices[ids[i]];
            var expected = (i / Group) switch
            {
                0 => (InvoiceStatus.Paid, 0m),
                3 => (InvoiceStatus.PartiallyPaid, 50m + i + 0.25m),
                _ => (InvoiceStatus.Issued, 100m + i + 0.25m),
            };
            Assert.Equal(expected, (invoice.Status, invoice.Balance));
        }

        // The review list proposes the right invoice for numbers in text and for the payer's name with the amount; unknown payers get nothing.
        var numbered = review.Where(p => p.Proposals.FirstOrDefault()?.Rule == MatchRule.InvoiceNumber).ToList();
        var named = review.Where(p => p.Proposals.FirstOrDefault()?.Rule == MatchRule.PartyAndAmount).ToList();
        Assert.Equal(Group, numbered.Count);
        Assert.Equal(Group, named.Count);
        Assert.Equal(Group, review.Count(p => p.Proposals.Count == 0));
        Assert.All(numbered.Concat(named), p => Assert.Equal(ids[(int)(p.Amount - 100.25m)], Assert.Single(p.Proposals[0].Allocations).InvoiceId));

        var again = await importer.ImportAsync(company.Value, "march-again.csv", csv, "FR7630004000031234567890143", "t", none);
        var after = (await fixture.App.Get<OpenInvoices>().AllAsync(company, none)).ToDictionary(i => i.Id);

        Assert.Equal(new StatementImport("march-again.csv", 1, 1000, 0, 1000, 0, 0), again);
        Assert.All(invoices.Values, i => Assert.Equal((i.Paid, i.EventCount), (after[i.Id].Paid, after[i.Id].EventCount)));
        Assert.Equal(1000, (await AllAsync(company, reviewOnly: false)).Count);
    }

    [Fact]
    public async Task ImportAsync_OverlappingStatementsAndDebitEntries_EachOnceAndPurchaseInvoicePaid()
    {
        var company = await fixture.App.CompanyAsync(fixture.NewCompanyId("overlap"));
        var purchase = await ledger.CreateAsync(company, Invoices.Purchase("SUP-889", 292m), "t", none);
        var rows = new[]
        {
            "2026-03-02,2026-03-02,-350.40,EUR,Supplier One,,Invoice SUP-889,,,BNK-1",
            "2026-03-03,2026-03-03,84.90,EUR,Someone,,merci,,,BNK-2",
            "2026-03-04,2026-03-04,10.00,EUR,Someone,,merci,,,BNK-3",
        };

        var monday = await importer.ImportAsync(company.Value, "a.csv", Csv(rows[0], rows[1]), null, "t", none);
        var tuesday = await importer.ImportAsync(company.Value, "b.csv", Csv(rows[1], rows[2]), null, "t", none);

        Assert.Equal((2, 0), (monday.Recorded, monday.AlreadyRecorded));
        Assert.Equal((1, 1), (tuesday.Recorded, tuesday.AlreadyRecorded));
        var debit = (await payments.ListAsync(company, false, 10, null, none)).Items.Single(p => p.Direction == InvoiceDirection.Purchase);
        Assert.Equal(MatchRule.InvoiceNumber, debit.Proposals[0].Rule);
        Assert.Equal(purchase.Id, debit.Proposals[0].Allocations[0].InvoiceId);

        // A person accepts the proposal: the supplier invoice is paid and the payment leaves the review list.
        var accepted = await payments.AllocateAsync(company, debit.Id, [new(purchase.Id, 350.40m)], "t", none);
        Assert.Equal(InvoiceStatus.Paid, (await ledger.GetAsync(company, purchase.Id, none)).Status);
        Assert.False(accepted.NeedsReview);
        Assert.Equal(0m, accepted.Unallocated);
        Assert.Equal("s1", accepted.PartyId);
    }

    [Fact]
    public async Task ImportAsync_UnknownCompany_Quarantined()
    {
        var refused = await Assert.ThrowsAsync<StatementQuarantinedException>(() => importer.ImportAsync("nobody-here", "a.csv", Csv("2026-03-02,,1.00,EUR,,,,,,X"), null, "t", none));

        Assert.Null(refused.Error);
        Assert.StartsWith("nobody-here/bank-statement/", refused.QuarantineId, StringComparison.Ordinal);
    }

    private static byte[] Csv(params string[] rows) => Encoding.UTF8.GetBytes(Header + "\n" + string.Join("\n", rows) + "\n");

    private static string GeneratedCsv()
    {
        var text = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < 5 * Group; i++)
        {
            var amount = (100m + i + 0.25m).ToString("0.00", CultureInfo.InvariantCulture);
            var rf = CreditorReference.Create($"FA2026{i:00000}");
            var row = (i / Group) switch
            {
                0 => $"{amount},EUR,,,,{rf.Value}",
                1 => $"{amount},EUR,,,{(i % 2 == 0 ? $"facture fa 2026 {i:00000}" : $"Fact. FA2026/{i:00000} merci")},",
                2 => $"{amount},EUR,SARL CUSTOMER {i:0000},,,",
                3 => $"50.00,EUR,,,,{rf.ToPrintFormat()}",
                _ => $"7.77,EUR,Payer {i},,don {i},",
            };
            text.Append(CultureInfo.InvariantCulture, $"2026-03-15,2026-03-15,{row},,BANK-{i}\n");
        }

        return text.ToString();
    }

    private async Task<List<Payment>> AllAsync(CompanyId company, bool reviewOnly)
    {
        var all = new List<Payment>();
        string? continuation = null;
        do
        {
            var page = await payments.ListAsync(company, reviewOnly, 1000, continuation, none);
            all.AddRange(page.Items);
            continuation = page.Continuation;
        }
        while (continuation is not null);
        return all;
    }
}
