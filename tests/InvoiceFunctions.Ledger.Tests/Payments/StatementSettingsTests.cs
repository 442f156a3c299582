using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using InvoiceFunctions.Application;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Application.Payments;
using InvoiceFunctions.Core.Payments;
using InvoiceFunctions.Ledger.Tests.Support;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.Ledger.Tests.Payments;

/// <summary>On Azurite: a company's own CSV mapping used by the importer, camt.053 checked against the shipped XSDs, refusals told to the feed.</summary>
public sealed class StatementSettingsTests(StorageFixture fixture) : IClassFixture<StorageFixture>
{
    /// <summary>A French bank's export: semicolons, decimal comma, day-first dates, split debit and credit columns, no currency column.</summary>
    private const string BankCsv =
        "Date opération;Date valeur;Libellé;Débit;Crédit;Référence\n" +
        "02/03/2026;03/03/2026;VIR SEPA CUSTOMER ONE FACT FA-2026-0042;;1 200,50;BNK-1\n" +
        "04/03/2026;04/03/2026;PRLV SEPA SUPPLIER ONE;350,40;;BNK-2\n";

    private static readonly BankCsvMapping BankMapping = new()
    {
        Delimiter = ";", DateFormats = ["dd/MM/yyyy"], DecimalSeparator = ",", BookingDate = "Date opération", ValueDate = "Date valeur", RemittanceText = "Libellé",
        Debit = "Débit", Credit = "Crédit", EntryReference = "Référence", DefaultCurrency = "EUR",
    };

    private readonly BankStatementImporter importer = fixture.App.Get<BankStatementImporter>();
    private readonly CsvMappingService mappings = fixture.App.Get<CsvMappingService>();
    private readonly PaymentService payments = fixture.App.Get<PaymentService>();
    private readonly CancellationToken none = CancellationToken.None;

    public static TheoryData<string> InvalidCamt() =>
        [.. Directory.GetFiles(Path.Combine(Repository.Root, "..", "shared", "conformance", "camt053", "invalid"), "*.xml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task ImportAsync_BankCsv_QuarantinedWithoutTheMappingImportedWithIt()
    {
        var company = await fixture.App.CompanyAsync(fixture.NewCompanyId("csvmap"));
        var content = Encoding.UTF8.GetBytes(BankCsv);

        var refused = await Assert.ThrowsAsync<StatementQuarantinedException>(() => importer.ImportAsync(company.Value, "releve.csv", content, null, "t", none));
        var retried = await Assert.ThrowsAsync<StatementQuarantinedException>(() => importer.ImportAsync(company.Value, "releve.csv", content, null, "t", none));
        Assert.Equal(StatementError.InvalidMapping, refused.Error);
        Assert.Equal(refused.QuarantineId, retried.QuarantineId);
        Assert.Empty((await payments.ListAsync(company, false, 10, null, none)).Items);

        // Released before the cause is fixed: still refused for the same reason, so the item stays (409), no second item.
        var item = (await fixture.App.Get<IQuarantineStore>().FindAsync(company, refused.QuarantineId[(refused.QuarantineId.LastIndexOf('/') + 1)..], none))!;
        await Assert.ThrowsAsync<ResourceStateException>(() => new StatementReplayer(importer).ReplayAsync(company, item, content, none));

        var saved = await mappings.SaveAsync(company, BankMapping, none);
        var import = await importer.ImportAsync(company.Value, "releve.csv", content, null, "t", none);

        Assert.Equal(JsonSerializer.Serialize(saved), JsonSerializer.Serialize(await mappings.GetAsync(company, none)));
        Assert.Equal((2, 0), (import.Recorded, import.AlreadyRecorded));
        var recorded = (await payments.ListAsync(company, false, 10, null, none)).Items.OrderBy(p => p.Date).ToList();
        Assert.Equal(
            [(InvoiceDirection.Sales, 1200.50m, "EUR", new DateOnly(2026, 3, 2)), (InvoiceDirection.Purchase, 350.40m, "EUR", new DateOnly(2026, 3, 4))],
            recorded.Select(p => (p.Direction, p.Amount, p.Currency, p.Date)));
        Assert.Contains("FA-2026-0042", recorded[0].Reference, StringComparison.Ordinal);

        // The refusal (two attempts, one item) is in the company's feed once.
        var feed = (await fixture.App.Get<IOutboundEventStore>().ReadAsync(company, 100, null, none)).Items.Where(e => e.Type == BankStatementImporter.QuarantinedEvent).ToList();
        var told = Assert.Single(feed);
        Assert.EndsWith(told.InvoiceId, refused.QuarantineId, StringComparison.Ordinal);
        Assert.StartsWith("InvalidMapping:", told.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveAsync_BadMapping_EveryProblemListedNothingSaved()
    {
        var company = await fixture.App.CompanyAsync(fixture.NewCompanyId("csvbad"));
        var bad = BankMapping with
        {
            Delimiter = "x", DecimalSeparator = ";", DateFormats = ["yyyy-MM"], BookingDate = " ", Amount = "Montant", DefaultCurrency = "euro", HasHeader = false,
        };

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => mappings.SaveAsync(company, bad, none));

        Assert.Equal(
            ["delimiter", "decimalSeparator", "dateFormats[0]", "bookingDate", "amount", "defaultCurrency", "valueDate", "amount", "debit", "credit", "remittanceText", "entryReference"],
            refused.Errors.Select(e => e.Path));
        Assert.Same(BankCsvMapping.Default, await mappings.GetAsync(company, none));
    }

    [Theory]
    [MemberData(nameof(InvalidCamt))]
    public async Task ImportAsync_SchemaInvalidCamt_QuarantinedWithSchemaErrorsAndTold(string file)
    {
        var company = await fixture.App.CompanyAsync(fixture.NewCompanyId("xsd"));
        var content = await File.ReadAllBytesAsync(Path.Combine(Repository.Root, "..", "shared", "conformance", "camt053", "invalid", file));

        var refused = await Assert.ThrowsAsync<StatementQuarantinedException>(() => importer.ImportAsync(company.Value, file, content, null, "t", none));

        Assert.Equal(StatementError.SchemaInvalid, refused.Error);
        var reason = await ReasonAsync(refused.QuarantineId);
        Assert.Equal("SchemaInvalid", reason.GetProperty("code").GetString());
        Assert.NotEmpty(reason.GetProperty("details").EnumerateArray());
        Assert.Single((await fixture.App.Get<IOutboundEventStore>().ReadAsync(company, 100, null, none)).Items, e => e.Type == BankStatementImporter.QuarantinedEvent);
        Assert.Empty((await payments.ListAsync(company, false, 10, null, none)).Items);
    }

    [Fact]
    public async Task ImportAsync_ValidExampleBroken_EachSchemaErrorKept()
    {
        var company = await fixture.App.CompanyAsync(fixture.NewCompanyId("xsd2"));
        var xml = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "..", "shared", "conformance", "camt053", "examples", "camt053.v8.xml"));
        var broken = xml.Replace("<MsgId>", "<Unexpected>x</Unexpected><MsgId>", StringComparison.Ordinal).Replace("</Stmt>", "<Extra/></Stmt>", StringComparison.Ordinal);

        var refused = await Assert.ThrowsAsync<StatementQuarantinedException>(() => importer.ImportAsync(company.Value, "broken.xml", Encoding.UTF8.GetBytes(broken), null, "t", none));

        Assert.Equal(StatementError.SchemaInvalid, refused.Error);
        var details = (await ReasonAsync(refused.QuarantineId)).GetProperty("details").EnumerateArray().Select(d => d.GetString()!).ToList();
        Assert.Contains(details, d => d.Contains("Unexpected", StringComparison.Ordinal));
        Assert.Contains(details, d => d.Contains("Extra", StringComparison.Ordinal));
    }

    private async Task<JsonElement> ReasonAsync(string quarantineId)
    {
        var quarantine = new BlobServiceClient(fixture.Azurite.ConnectionString).GetBlobContainerClient("quarantine");
        return JsonDocument.Parse((await quarantine.GetBlobClient(quarantineId + "/reason.json").DownloadContentAsync()).Value.Content.ToString()).RootElement;
    }
}
