using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Storage.Queues;
using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Core.Totals;
using InvoiceFunctions.Rendering.FacturX;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.EndToEnd.Delivery;

/// <summary>
/// The product app in a local host over Azurite, sending mail to a real MailDev; company "acme" with customers "fr1"
/// (France), "de1" (Germany) and "nomail" (no address), and helpers to issue, archive and queue an invoice for delivery.
/// </summary>
public sealed class DeliveryApp : IAsyncLifetime
{
    public const string Company = "acme";

    private readonly Dictionary<string, string> extraSettings;
    private readonly string[] mailDevArguments;
    private readonly bool startMailDev;

    /// <param name="settings">More host settings.</param>
    /// <param name="startMailDev">False: MailDev is started later by the test (<see cref="StartMailDevAsync"/>) on <see cref="SmtpPort"/>.</param>
    /// <param name="mailDevArguments">More MailDev options.</param>
    public DeliveryApp(Dictionary<string, string>? settings = null, bool startMailDev = true, params string[] mailDevArguments)
    {
        extraSettings = settings ?? [];
        this.startMailDev = startMailDev;
        this.mailDevArguments = mailDevArguments;
    }

    public int SmtpPort { get; } = FreePorts.Next();

    public ProductApp App { get; } = new();

    public MailDev? MailDev { get; private set; }

    public MailDev Mail => MailDev ?? throw new InvalidOperationException("MailDev is not started.");

    public string Key { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (startMailDev)
        {
            await StartMailDevAsync();
        }

        App.HostSettings["Smtp__Host"] = "127.0.0.1";
        App.HostSettings["Smtp__Port"] = SmtpPort.ToString();
        App.HostSettings["Smtp__Security"] = "None";
        foreach (var (key, value) in extraSettings)
        {
            App.HostSettings[key] = value;
        }

        await App.InitializeAsync();
        (Key, _) = await App.CompanyAsync(Company);
        await App.CreatedAsync(Key, $"api/companies/{Company}/contacts", new { id = "fr1", role = "Customer", name = "Brasserie Lumière", email = "compta@brasserie.example", countryCode = "FR" });
        await App.CreatedAsync(Key, $"api/companies/{Company}/contacts", new { id = "de1", role = "Customer", name = "Brauerei Nord GmbH", email = "buchhaltung@brauerei.example", countryCode = "DE" });
        await App.CreatedAsync(Key, $"api/companies/{Company}/contacts", new { id = "nomail", role = "Customer", name = "Sans Adresse SARL", countryCode = "FR" });
    }

    public async Task StartMailDevAsync() => MailDev = await Testing.MailDev.StartAsync(SmtpPort, mailDevArguments);

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        if (MailDev is not null)
        {
            await MailDev.DisposeAsync();
        }
    }

    /// <summary>Records, issues and archives (as Factur-X) a sales invoice of 1 200.00 EUR due 2026-12-31.</summary>
    public async Task<(string Id, string Number, byte[] FacturX)> IssuedInvoiceAsync(string customer)
    {
        var draft = await App.CreatedAsync(Key, $"api/companies/{Company}/invoices", new
        {
            direction = "Sales", counterpartyId = customer, currency = "EUR", taxExclusive = 1000, tax = 200, taxInclusive = 1200, dueDate = "2026-12-31",
        });
        var id = draft.GetProperty("id").GetString()!;
        var number = (await App.OkAsync(Key, $"api/companies/{Company}/invoices/{id}/issue", new { series = "F" })).GetProperty("number").GetString()!;
        var facturX = FacturXWriter.Write(SampleInvoice(number));
        await App.CreatedAsync(Key, $"api/companies/{Company}/invoices/{id}/archive", new
        {
            files = new[] { new { kind = "FacturX", name = $"{number}.pdf", contentType = "application/pdf", content = facturX } },
        });
        return (id, number, facturX);
    }

    public async Task EnqueueAsync(string invoiceId, string reason = "issued")
    {
        var queue = new QueueClient(App.Azurite.ConnectionString, "invoice-delivery", new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        await queue.CreateIfNotExistsAsync();
        await queue.SendMessageAsync(JsonSerializer.Serialize(new { company = Company, invoiceId, reason }));
    }

    public async Task<IReadOnlyList<JsonElement>> DeliveriesAsync(string invoiceId) =>
        [.. (await App.OkAsync(Key, $"api/companies/{Company}/invoices/{invoiceId}/deliveries")).GetProperty("items").EnumerateArray()];

    public async Task<IReadOnlyList<JsonElement>> HistoryAsync(string invoiceId) =>
        [.. (await App.OkAsync(Key, $"api/companies/{Company}/invoices/{invoiceId}/history")).GetProperty("items").EnumerateArray()];

    /// <summary>Waits until the invoice's attempts satisfy <paramref name="condition"/>.</summary>
    public async Task<IReadOnlyList<JsonElement>> DeliveriesWhenAsync(string invoiceId, Func<IReadOnlyList<JsonElement>, bool> condition, string what, int seconds = 60)
    {
        IReadOnlyList<JsonElement> last = [];
        await Eventually.HoldsAsync(async () => condition(last = await DeliveriesAsync(invoiceId)), TimeSpan.FromSeconds(seconds), what);
        return last;
    }

    public async Task<HttpResponseMessage> PutEmailSettingsAsync(object body, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"api/companies/{Company}/settings/email") { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key ?? Key);
        return await App.Host.Http.SendAsync(request);
    }

    /// <summary>PUT of a contact with If-Match: the given ETag, or (null) the one a GET returns just before.</summary>
    public async Task<HttpResponseMessage> PutContactAsync(string contactId, object body, string? ifMatch = null, string? key = null)
    {
        var path = $"api/companies/{Company}/contacts/{contactId}";
        if (ifMatch is null)
        {
            using var read = await App.SendAsync(HttpMethod.Get, path, Key);
            ifMatch = read.Headers.ETag?.ToString() ?? "*";
        }

        var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key ?? Key);
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await App.Host.Http.SendAsync(request);
    }

    public async Task<JsonElement> SaveEmailSettingsAsync(object body) => await ProductApp.ExpectAsync(HttpStatusCode.OK, await PutEmailSettingsAsync(body));

    private static Invoice SampleInvoice(string number)
    {
        var issued = new DateOnly(2026, 3, 2);
        var draft = new Invoice
        {
            Number = number,
            IssueDate = issued,
            TypeCode = InvoiceTypeCode.CommercialInvoice,
            CurrencyCode = "EUR",
            DueDate = new DateOnly(2026, 12, 31),
            BuyerReference = "ACHATS",
            Seller = new TradeParty
            {
                Name = "ACME SAS",
                LegalRegistrationId = new Identifier("552120222", Identifier.SirenScheme),
                VatId = "FR40552120222",
                ElectronicAddress = new Identifier("552120222", "0225"),
                Address = new PostalAddress { Line1 = "18 quai des Célestins", City = "Paris", PostCode = "75004", CountryCode = "FR" },
            },
            Buyer = new TradeParty
            {
                Name = "Brasserie Lumière",
                LegalRegistrationId = new Identifier("391838042", Identifier.SirenScheme),
                VatId = "FR83391838042",
                ElectronicAddress = new Identifier("391838042", "0225"),
                Address = new PostalAddress { Line1 = "7 rue de l'Église", City = "Nantes", PostCode = "44000", CountryCode = "FR" },
            },
            PaymentInstructions = new PaymentInstructions
            {
                MeansCode = PaymentMeansCode.SepaCreditTransfer,
                CreditTransfers = [new CreditTransfer("FR7630006000011234567890189", "ACME SAS", "AGRIFRPP")],
            },
            Lines =
            [
                new InvoiceLine
                {
                    Id = "1", Quantity = 10, UnitCode = "HUR", Price = new Price { NetPrice = 100m }, VatCategory = VatCategory.Standard, VatRate = 20m,
                    Item = new Item { Name = "Développement" },
                },
            ],
        };
        return InvoiceCalculator.Complete(draft);
    }
}
