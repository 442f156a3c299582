using InvoiceFunctions.Testing;

namespace InvoiceFunctions.Ledger.Tests.Support;

/// <summary>One Azurite and one app instance per test class; each test registers its own companies.</summary>
public sealed class StorageFixture : IAsyncLifetime
{
    private int next;

    public Azurite Azurite { get; private set; } = null!;

    public AppInstance App { get; private set; } = null!;

    public TestStorage Storage { get; private set; } = null!;

    /// <summary>A company id no other test of the class uses.</summary>
    public string NewCompanyId(string prefix) => $"{prefix}-{Interlocked.Increment(ref next)}";

    public async Task InitializeAsync()
    {
        Azurite = await Azurite.StartAsync();
        App = await AppInstance.StartAsync(Azurite.ConnectionString);
        Storage = new TestStorage(Azurite.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}
