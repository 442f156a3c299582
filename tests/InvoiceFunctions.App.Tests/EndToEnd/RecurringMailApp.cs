using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.EndToEnd;

/// <summary>The product app with a real MailDev as its SMTP server and a billing-run helper, for recurring tests that read mails.</summary>
internal sealed class RecurringMailApp : IAsyncLifetime
{
    private readonly int smtpPort = FreePorts.Next();

    public RecurringMailApp() => Runs = new BillingRuns(App);

    public ProductApp App { get; } = new();

    public BillingRuns Runs { get; }

    public MailDev Mail { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Mail = await MailDev.StartAsync(smtpPort);
        App.HostSettings["Smtp__Host"] = "127.0.0.1";
        App.HostSettings["Smtp__Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        App.HostSettings["Smtp__Security"] = "None";
        App.HostSettings["Delivery__DefaultSenderAddress"] = "invoices@invoicefunctions.localhost";
        await App.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Mail.DisposeAsync();
    }
}
