using InvoiceFunctions.App.Http;
using InvoiceFunctions.Application.Delivery.Connectors;
using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Delivery;

/// <summary>A company's delivery connectors (webhook, SFTP, HTTP export), managed by its admins; credentials go in, never out.</summary>
public sealed class ConnectorFunctions(ConnectorService connectors, CompanyRequests requests)
{
    private const string Route = "companies/{company}/connectors";

    [Function("AddConnector")]
    [OpenApiOperation("Adds a webhook, SFTP or HTTP export connector (Idempotency-Key honoured).", CompanyRole.Admin)]
    [OpenApiRequest(typeof(ConnectorRequest))]
    [OpenApiResponse(StatusCodes.Status201Created, typeof(ConnectorView))]
    public Task<IActionResult> AddConnector([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Route)] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Admin, async (caller, ct) =>
        {
            var added = await connectors.AddAsync(caller.Company, await JsonBody.ReadAsync<ConnectorRequest>(request, ct), ct);
            return ApiResponse.Created($"/api/companies/{company}/connectors/{added.Id}", ConnectorView.From(added));
        }, cancellationToken);

    [Function("ListConnectors")]
    [OpenApiOperation("The company's connectors, without credentials.", CompanyRole.Admin)]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(ConnectorListView))]
    public Task<IActionResult> ListConnectors([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Route)] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Admin, async (caller, ct) =>
            ApiResponse.Ok(new ConnectorListView((await connectors.ListAsync(caller.Company, ct)).Select(ConnectorView.From).ToList())), cancellationToken);

    [Function("GetConnector")]
    [OpenApiOperation("One connector, without credentials (why it was disabled, if it was).", CompanyRole.Admin)]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(ConnectorView))]
    public Task<IActionResult> GetConnector(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Route + "/{id}")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Admin, async (caller, ct) => ApiResponse.Ok(ConnectorView.From(await connectors.GetAsync(caller.Company, id, ct))), cancellationToken);

    [Function("ReplaceConnector")]
    [OpenApiOperation("Replaces a connector's settings; credentials left out are kept; enabled=true re-enables a disabled one.", CompanyRole.Admin)]
    [OpenApiRequest(typeof(ConnectorRequest))]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(ConnectorView))]
    public Task<IActionResult> ReplaceConnector(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Route + "/{id}")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Admin, async (caller, ct) =>
            ApiResponse.Ok(ConnectorView.From(await connectors.ReplaceAsync(caller.Company, id, await JsonBody.ReadAsync<ConnectorRequest>(request, ct), ct))), cancellationToken);

    [Function("DeleteConnector")]
    [OpenApiOperation("Removes a connector (its delivery records stay).", CompanyRole.Admin)]
    [OpenApiRequest]
    [OpenApiResponse(StatusCodes.Status204NoContent)]
    public Task<IActionResult> DeleteConnector(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = Route + "/{id}")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Admin, async (caller, ct) =>
        {
            await connectors.DeleteAsync(caller.Company, id, ct);
            return new ApiResponse(StatusCodes.Status204NoContent, null);
        }, cancellationToken);

    [Function("TestConnector")]
    [OpenApiOperation("Test connection: SFTP connects, checks the pinned host key, logs in and finds the folder; webhook and HTTP check the URL and connect.", CompanyRole.Admin)]
    [OpenApiRequest]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(ConnectorTestResult))]
    public Task<IActionResult> TestConnector(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Route + "/{id}/test")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Admin, async (caller, ct) => ApiResponse.Ok(await connectors.TestAsync(caller.Company, id, ct)), cancellationToken);
}
