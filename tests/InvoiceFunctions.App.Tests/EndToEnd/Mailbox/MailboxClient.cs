using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Azure.Storage.Blobs;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.EndToEnd.Mailbox;

/// <summary>The mailbox's doors and views as a relay, a mail-to-blob flow and a company admin see them.</summary>
public sealed class MailboxClient(ProductApp app)
{
    public async Task<string> CompanyAsync(string id, string vatId)
    {
        Assert.Equal(HttpStatusCode.Created, (await app.AdminPostAsync("api/admin/companies", new { id, name = id.ToUpperInvariant(), vatId, countryCode = "FR" })).StatusCode);
        return (await app.KeyAsync(id, "Admin")).Key;
    }

    public Task<HttpResponseMessage> SaveSettingsAsync(string key, string company, object body) => app.SendAsync(HttpMethod.Put, $"api/companies/{company}/settings/mailbox", key, body);

    public async Task<JsonElement> SettingsAsync(string key, string company, object body) => await ProductApp.ExpectAsync(HttpStatusCode.OK, await SaveSettingsAsync(key, company, body));

    /// <summary>POST /api/inbound-email as a relay with the master key (or none).</summary>
    public Task<HttpResponseMessage> PostAsync(byte[] message, bool withKey = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/inbound-email") { Content = new ByteArrayContent(message) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        if (withKey)
        {
            request.Headers.Add("x-functions-key", HostProcess.MasterKey);
        }

        return app.Host.Http.SendAsync(request);
    }

    public async Task DropAsync(string name, byte[] message)
    {
        var inbox = new BlobServiceClient(app.Azurite.ConnectionString).GetBlobContainerClient("mail-inbox");
        await inbox.CreateIfNotExistsAsync();
        await inbox.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(message), overwrite: true);
    }

    public async Task<IReadOnlyList<JsonElement>> MessagesAsync(string key, string company) =>
        [.. (await app.OkAsync(key, $"api/companies/{company}/mailbox/messages")).GetProperty("items").EnumerateArray()];

    public async Task<IReadOnlyList<JsonElement>> MessagesWhenAsync(string key, string company, int count, string what)
    {
        IReadOnlyList<JsonElement> last = [];
        await Eventually.HoldsAsync(async () => (last = await MessagesAsync(key, company)).Count >= count, TimeSpan.FromSeconds(90), what);
        return last;
    }

    public async Task<IReadOnlyList<JsonElement>> InvoicesAsync(string key, string company) =>
        [.. (await app.OkAsync(key, $"api/companies/{company}/invoices")).GetProperty("items").EnumerateArray()];

    public async Task<IReadOnlyList<JsonElement>> QuarantineAsync(string key, string company) =>
        [.. (await app.OkAsync(key, $"api/companies/{company}/quarantine")).GetProperty("items").EnumerateArray()];

    /// <summary>The bytes of a quarantine item, read straight from its container (also where "_unknown" items live, which no company lists).</summary>
    public async Task<byte[]?> QuarantinedAsync(string company, string kind, string id)
    {
        var blob = new BlobServiceClient(app.Azurite.ConnectionString).GetBlobContainerClient("quarantine").GetBlobClient($"{company}/{kind}/{id}/original");
        return await blob.ExistsAsync() ? (await blob.DownloadContentAsync()).Value.Content.ToArray() : null;
    }

    public async Task<JsonElement> ReasonAsync(string company, string kind, string id)
    {
        var blob = new BlobServiceClient(app.Azurite.ConnectionString).GetBlobContainerClient("quarantine").GetBlobClient($"{company}/{kind}/{id}/reason.json");
        return JsonDocument.Parse((await blob.DownloadContentAsync()).Value.Content.ToString()).RootElement.Clone();
    }

    public async Task<byte[]> BytesAsync(string key, string path)
    {
        var response = await app.SendAsync(HttpMethod.Get, path, key);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }
}
