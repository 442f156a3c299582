using System.Net;
using System.Net.Http.Headers;

namespace InvoiceFunctions.App.Tests.EndToEnd.Intake;

/// <summary>Raw-file requests the intake tests send: the HTTP import door and file downloads.</summary>
internal static class IntakeRequests
{
    public static Task<HttpResponseMessage> ImportAsync(ProductApp app, string key, string company, byte[] content, string idempotencyKey, string name)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"api/companies/{company}/imports?name={name}") { Content = new ByteArrayContent(content) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return app.Host.Http.SendAsync(request);
    }

    public static Task<HttpResponseMessage> GetAsync(ProductApp app, string key, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return app.Host.Http.SendAsync(request);
    }

    public static async Task<byte[]> BytesAsync(ProductApp app, string key, string path)
    {
        var response = await GetAsync(app, key, path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }
}
